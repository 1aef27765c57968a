import QtQml

QtObject {
    property var src: ({ v: 1 })
    property int value: src.v * 2
    onValueChanged: console.log("valueChanged", value)
    Component.onCompleted: {
        console.log("start", value)
        src = null
        console.log("after null", value)
        src = { v: 5 }
        console.log("recovered", value)
        Qt.quit()
    }
}
