import QtQuick
Item {
    Rectangle {
        id: r
        onColorChanged: console.log("color", color, radius, width, typeof border)
        onRadiusChanged: console.log("radius", radius)
    }
    MouseArea { id: m; onHoverEnabledChanged: console.log("hover", hoverEnabled, acceptedButtons, pressed) }
    Component.onCompleted: {
        r.color = "red"
        r.radius = 3
        m.hoverEnabled = true
        Qt.quit()
    }
}
