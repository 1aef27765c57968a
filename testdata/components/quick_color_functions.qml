import QtQuick
Rectangle {
    color: "darkorange"
    property color c2: "lightslategray"
    property color c3: "#80ff0000"
    property color c4: "transparent"
    Component.onCompleted: {
        console.log(color, c2, c3, c4)
        console.log(Qt.rgba(0.5, 0.25, 1, 1), Qt.rgba(1, 0, 0, 0.5), Qt.hsla(0.5, 1, 0.5, 1), Qt.hsva(0.25, 0.5, 0.5, 1))
        console.log(Qt.lighter("red"), Qt.darker("red"), Qt.lighter("#336699", 1.2), Qt.darker("#336699", 3), Qt.lighter("gray", 2))
        console.log(Qt.tint("red", "#8000ff00"), Qt.colorEqual("red", "#ff0000"), Qt.colorEqual("red", Qt.rgba(1,0,0,1)), Qt.colorEqual("red", "blue"))
        console.log(Qt.color("steelblue"), Qt.alpha("red", 0.5))
        var c = Qt.rgba(0.2, 0.4, 0.6, 0.8)
        console.log(c.r, c.g, c.b, c.a, c.hsvHue, c.hsvSaturation, c.hsvValue, c.hslHue, c.hslSaturation, c.hslLightness, c.valid)
        console.log(typeof c, JSON.stringify(c), c.toString(), c == "#cc336699")
        c2 = Qt.rgba(0, 0, 1, 1); console.log(c2, c2 === c2)
        console.log(Qt.darker("#000000"), Qt.lighter("#000000"), Qt.lighter("#ffffff"), Qt.lighter("#ff8080", 1.3), Qt.darker("#ff8080", 1.3))
        Qt.quit()
    }
}
