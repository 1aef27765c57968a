import QtQml

// A binding may not give Qt.binding(), not even to a var property: Qt
// warns (after the creation) and the property keeps its value.
QtObject {
    id: root
    property int count: 1
    property var fn: Qt.binding(function () { return count * 2 })
    property var kept: 5
    property var maybe: count > 1 ? Qt.binding(() => 3) : "plain"
    Component.onCompleted: {
        console.log("completed", typeof fn, maybe)
        count = 2
        console.log("count 2:", maybe, typeof maybe)
        count = 0
        console.log("count 0:", maybe)
        Qt.quit()
    }
}
