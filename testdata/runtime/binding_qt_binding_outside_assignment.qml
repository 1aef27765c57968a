import QtQml

QtObject {
    property var holder
    property int a: 1
    Component.onCompleted: {
        holder = { b: Qt.binding(function () { return a }) }
        console.log(typeof holder.b)
        var arr = [Qt.binding(function () { return 1 })]
        console.log(typeof arr[0])
        Qt.quit()
    }
}
