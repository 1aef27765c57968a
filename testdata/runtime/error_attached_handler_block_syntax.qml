import QtQml

QtObject {
    Component.onCompleted { }
    Component.onDestruction: console.log("bye")
}
