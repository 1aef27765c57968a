import QtQuick
Item {
    Component.onCompleted: {
        var c = Qt.lighter("#ff8080", 1.3)
        console.log(c, c.r * 65535, c.g * 65535, c.hsvSaturation * 65535, c.hsvValue)
        var d = Qt.color("#ff8080")
        console.log(d.hsvSaturation * 65535, d.hsvValue * 65535, d.hsvHue)
        var e = Qt.lighter("#336699", 1.2)
        console.log(e, e.b * 65535, e.hsvValue * 65535, e.hsvSaturation * 65535)
        console.log(Qt.lighter("#ff8080", 1.5), Qt.lighter("#ff8080", 1.1), Qt.lighter("#ff0000", 1.3), Qt.lighter(Qt.rgba(1, 0.5, 0.5, 1), 1.3))
        Qt.quit()
    }
}
