import QtQuick

Item {
    Rectangle {
        id: rect
        width: 40; height: 30
        color: "red"
        radius: 4
        border.width: 2
        border.color: "#00ff00"
    }
    Rectangle { id: defaults }
    Text {
        id: label
        text: "hello"
        font.pixelSize: 14
    }
    Component.onCompleted: {
        console.log(rect.color, typeof rect.color, rect.radius, rect.border.width, rect.border.color)
        console.log(rect.color == "#ff0000", rect.color === "red", String(rect.color))
        console.log(defaults.color, defaults.radius, defaults.border.width, defaults.width)
        console.log(label.text, label.font.pixelSize, typeof label.font, label.color)
        rect.color = "#80102030"
        console.log(rect.color, rect.color.r.toFixed(3), rect.color.a.toFixed(3))
        Qt.quit()
    }
}
