import QtQml

QtObject {
    property QtObject first: QtObject { property int v: 1 }
    property QtObject second: QtObject { property int v: 2 }
    property QtObject current: first
    property int value: current ? current.v : -1
    onValueChanged: console.log("valueChanged", value)
    Component.onCompleted: {
        current = second
        first.v = 10
        second.v = 20
        current = null
        Qt.quit()
    }
}
