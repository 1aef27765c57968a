import QtQml

QtObject {
    property var src: ({ v: 1 })
    property int value: src.v * 2
    Component.onCompleted: {
        src = null
        console.log("after null", value)
        console.log("end of onCompleted")
        Qt.quit()
    }
}
