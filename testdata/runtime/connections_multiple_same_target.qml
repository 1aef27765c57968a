import QtQml

QtObject {
    id: root
    property int value: 0
    property Connections c1: Connections { target: root; function onValueChanged() { console.log("c1", root.value) } }
    property Connections c2: Connections { target: root; function onValueChanged() { console.log("c2", root.value) } }
    onValueChanged: console.log("own", value)
    property Connections c3: Connections { target: root; function onValueChanged() { console.log("c3", root.value) } }
    Component.onCompleted: {
        value = 1
        Qt.quit()
    }
}
