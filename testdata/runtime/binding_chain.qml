import QtQml

QtObject {
    property int a: 1
    property int b: a + 1
    property int c: b * 2
    property int d: c + b + a
    onBChanged: console.log("bChanged", b)
    onCChanged: console.log("cChanged", c)
    onDChanged: console.log("dChanged", d)
    Component.onCompleted: {
        console.log("start", a, b, c, d)
        a = 10
        console.log("end", a, b, c, d)
        Qt.quit()
    }
}
