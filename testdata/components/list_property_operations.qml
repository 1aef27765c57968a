import QtQml

QtObject {
    id: root
    property QtObject a: QtObject { objectName: "a" }
    property QtObject b: QtObject { objectName: "b" }
    property QtObject c: QtObject { objectName: "c" }
    property list<QtObject> objs
    property int changes: 0
    onObjsChanged: changes++
    function names() {
        var r = []
        for (var i = 0; i < objs.length; i++) r.push(objs[i] ? objs[i].objectName : String(objs[i]))
        return "[" + r.join(",") + "]"
    }
    function step(label) { console.log(label, names(), "length", objs.length, "changes", changes); changes = 0 }
    Component.onCompleted: {
        step("initial")
        objs = [a, b]
        step("assign [a,b]")
        objs.push(c)
        step("push c")
        objs.push(a, b)
        step("push a,b")
        objs[0] = c
        step("objs[0] = c")
        objs.length = 2
        step("length = 2")
        objs = []
        step("assign []")
        objs = a
        step("assign single a")
        objs.length = 3
        step("length = 3")
        objs = null
        step("assign null")
        Qt.quit()
    }
}
