import QtQml

QtObject {
    id: root
    property int value: 1
    property int doubled: value * 2
    Component.onCompleted: {
        console.log("completed: bindings already evaluated", value, doubled)
        value = 5
        console.log("doubled now", doubled)
        Qt.quit()
    }
}
