import QtQml

QtObject {
    id: root
    property real r: 1
    property date d: new Date(0)
    property url u: "a.qml"
    property point p: Qt.point(1, 2)
    property QtObject o: root
    property list<int> li: [1]
    property bool b: false
    property int i: 0
    onRChanged: console.log("rChanged", r)
    onDChanged: console.log("dChanged", d.getTime())
    onUChanged: console.log("uChanged", u)
    onPChanged: console.log("pChanged", p)
    onOChanged: console.log("oChanged")
    onLiChanged: console.log("liChanged", JSON.stringify(li))
    onBChanged: console.log("bChanged", b)
    onIChanged: console.log("iChanged", i)
    Component.onCompleted: {
        console.log("start")
        r = NaN; r = NaN; r = 1; r = 1.0000000000000002
        d = new Date(0); d = new Date(1)
        u = "a.qml"; u = Qt.resolvedUrl("a.qml"); u = "b.qml"
        p = Qt.point(1, 2); p = Qt.point(2, 2)
        o = root; o = null; o = null
        li = [1]; li = [1]; li = [2]
        b = 0; b = ""; b = 1
        i = 0.4; i = -0.4; i = "0"; i = 1.9
        Qt.quit()
    }
}
