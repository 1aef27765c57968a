import QtQuick
// Writing r/g/b/a of a color (16-bit components) changes it; a color property read is
// a reference: r.color.r = 0 writes back and emits colorChanged.
Rectangle {
    id: r
    color: "steelblue"
    onColorChanged: console.log("colorChanged", color)
    Component.onCompleted: {
        var c = Qt.color("steelblue"); c.r = 1; console.log(c)
        c.g = 0.5; c.b = 0; c.a = 0.5; console.log(c, c.r, c.g)
        r.color.r = 0; console.log(r.color)
        var k = r.color; r.color = "red"; console.log(k, k === r.color)
        k.g = 1; console.log(r.color)
        console.log(r.color.hsvHue, r.color.valid)
        Qt.quit()
    }
}
