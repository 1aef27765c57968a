import QtQml

// An object with more than eight connected signals keeps them in a table
// indexed by signal number; the ones connected after the switch must work.
QtObject {
    id: root
    property int p0
    property int p1
    property int p2
    property int p3
    property int p4
    property int p5
    property int p6
    property int p7
    property int p8
    property int p9
    property int p10
    onP0Changed: console.log("p0", p0)
    onP1Changed: console.log("p1", p1)
    onP2Changed: console.log("p2", p2)
    onP3Changed: console.log("p3", p3)
    onP4Changed: console.log("p4", p4)
    onP5Changed: console.log("p5", p5)
    onP6Changed: console.log("p6", p6)
    onP7Changed: console.log("p7", p7)
    onP8Changed: console.log("p8", p8)
    onP9Changed: console.log("p9", p9)
    Component.onCompleted: {
        for (var i = 0; i <= 9; i++)
            root["p" + i] = i + 1
        root.p10Changed.connect(function () { console.log("p10", root.p10) })
        root.p10 = 11
        Qt.quit()
    }
}
