import QtQml

QtObject {
    property int i: 5
    Component.onCompleted: {
        Qt.quit()
        console.log("before", i)
        i = "abc"
        console.log("not reached")
    }
    Component.onDestruction: console.log("still", i)
}
