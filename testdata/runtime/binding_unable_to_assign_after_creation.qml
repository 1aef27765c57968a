import QtQml

QtObject {
    id: root
    property bool flag: false
    property int i: flag ? "abc" : 1
    property bool b: flag ? {} : false
    property string s: flag ? undefined : "s"
    property real r: flag ? "1.5" : 0
    property url u: flag ? 5 : ""
    property QtObject o: flag ? 3 : null
    property date d: flag ? "nonsense" : new Date(0)
    property int k: flag ? undefined : 2
    property list<QtObject> objs: flag ? [1] : []
    property int fromFn: compute()
    function compute() { return flag ? nothing.at.all : 4 }
    property Timer t: Timer { running: true; interval: 1; onTriggered: root.go() }
    function go() {
        console.log(i, b, s, r, u, o, k, objs.length, fromFn)
        flag = true
        console.log(i, b, s, r, u, o, k, objs.length, fromFn)
        Qt.quit()
    }
}
