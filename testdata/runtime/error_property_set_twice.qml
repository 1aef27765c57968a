import QtQml

QtObject {
    property int x: 1
    x: 2
    objectName: "a"
    objectName: "b".toUpperCase()
    onObjectNameChanged: console.log("first")
    onObjectNameChanged: console.log("second")
    property QtObject child: QtObject { id: a; id: b }
}
