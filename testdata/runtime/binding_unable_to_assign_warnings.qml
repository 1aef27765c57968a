import QtQml

QtObject {
    id: root
    property bool flag: false
    property int early: root.flag ? 1 : "nope"
    property Timer t: Timer {
        interval: root.flag ? "x" : 5
        repeat: root.flag ? "str" : false
    }
    property alias al: inner.v
    property QtObject inner: QtObject { id: inner; property int v: root.flag ? {} : 0 }
    property list<QtObject> objs: root.flag ? [1, 2] : []
    property QtObject single: root.flag ? root.t : null
    property point pt: root.flag ? "1,2" : Qt.point(0, 0)
    property var anything: root.flag ? undefined : 1
    property int viaFn: root.flag ? Qt.binding(() => 1) : 2
    Component.onCompleted: console.log("completed", early, t.interval)
    function go() {
        flag = true
        console.log(t.interval, t.repeat, al, objs.length, single === t, pt, anything, viaFn)
        Qt.quit()
    }
    property Timer kick: Timer { running: true; interval: 1; onTriggered: root.go() }
}
