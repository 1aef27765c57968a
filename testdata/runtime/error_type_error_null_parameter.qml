import QtQml

// A function's parameter given null (the literal, or a property holding null) is "of null" in TypeErrors.

QtObject {
    id: root
    property QtObject target: null
    property var maybe
    property var holder: ({ inner: null })
    function nameOf(o) { return o.objectName }
    function second(a, b) { return b.length }
    property string n1: nameOf(target)
    property string n2: nameOf(maybe)
    property int n3: second(1, null)
    property int n4: second(target, maybe)
    Component.onCompleted: {
        try { nameOf(root.target) } catch (e) { console.log("A", e.message) }
        try { nameOf(undefined) } catch (e) { console.log("B", e.message) }
        try { var arrow = (x) => x.foo; arrow(null) } catch (e) { console.log("C", e.message) }
        Qt.exit(0)
    }
}
