import QtQml
// Writing a member of a point, size or rect property (p.x = 5), also
// through a variable holding it, changes the property and emits its change
// signal, as Qt's value type references do; an unchanged member emits
// nothing.
QtObject {
    id: root
    property point p: Qt.point(1, 2)
    property size s: "3x4"
    property rect r: Qt.rect(1, 2, 3, 4)
    property point unset
    onPChanged: console.log("p ->", p)
    onSChanged: console.log("s ->", s)
    onRChanged: console.log("r ->", r)
    onUnsetChanged: console.log("unset ->", unset)
    Component.onCompleted: {
        p.x = 5
        var q = p
        q.y = 9
        q.y = 9
        console.log(p, q, p === q, p == q)
        r.width = 10
        console.log(r.right, r.bottom, JSON.stringify(r), JSON.stringify(s))
        s.width = "7"
        console.log(s)
        unset.x = 3
        console.log(unset)
        p = Qt.point(0, 0)
        q.x = 42
        console.log(p, q)
        try { p = {x: 1, y: 1} } catch (e) { console.log(e) }
        Qt.quit()
    }
}
