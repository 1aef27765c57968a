import QtQml

QtObject {
    id: root
    property bool both: false
    property QtObject a: QtObject { objectName: "a" }
    property QtObject b: QtObject { objectName: "b" }
    property list<QtObject> picked: both ? [a, b] : [a]
    onPickedChanged: console.log("pickedChanged", picked.length)
    Component.onCompleted: {
        console.log(picked.length, picked[0].objectName)
        both = true
        console.log(picked.length, picked[1].objectName)
        Qt.quit()
    }
}
