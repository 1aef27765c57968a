import QtQml

// An array of values bound to a list of objects is no load error: each
// element that is not an object is a null entry.
QtObject {
    id: root
    property list<QtObject> lo: [1]
    property list<QtObject> l2: [1, root, "x", null, {}]
    property list<QtObject> l3: ["a"]
    onL2Changed: console.log("l2 changed", l2.length)
    Component.onCompleted: {
        console.log(lo.length, lo[0], l2.length, l2[0], l2[1], l2[2], l2[3], l2[4], l3.length)
        l2 = [5, root]
        console.log(l2.length, l2[0], l2[1])
        Qt.quit()
    }
}
