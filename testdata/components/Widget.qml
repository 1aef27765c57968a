import QtQml

QtObject {
    objectName: "widget"
    property int size: 1
    property string label: "widget " + size
    signal poked(int times)
    function describe() { return objectName + ":" + size }
    Component.onCompleted: console.log("Widget completed", size)
}
