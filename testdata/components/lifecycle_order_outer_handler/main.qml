import QtQml
QtObject {
    id: root
    property Leaf a: Leaf { tag: "a" }
    property QtObject s1: QtObject { Component.onDestruction: console.log("destruction s1") }
    property Leaf b: Leaf { tag: "b"; Component.onDestruction: console.log("destruction b outer") }
    property QtObject s2: QtObject { Component.onDestruction: console.log("destruction s2") }
    Component.onCompleted: Qt.quit()
    Component.onDestruction: console.log("destruction root")
}
