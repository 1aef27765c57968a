import QtQml

QtObject {
    property var src: ({ v: 1 })
    property int value: src.v * 2
    property var other: ({ v: 1 })
    property int value2: other.v * 3
    onValueChanged: console.log("valueChanged", value)
    property Timer timer: Timer {
        interval: 1
        running: true
        onTriggered: {
            console.log("start", value)
            src = null
            console.log("after null", value)
            src = { v: 5 }
            console.log("recovered", value)
            other = undefined
            console.log("value2 after undefined", value2)
            Qt.quit()
        }
    }
}
