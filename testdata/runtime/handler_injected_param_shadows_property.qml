import QtQml

QtObject {
    property int value: 100
    signal s(value: int)
    onS: console.log("value inside handler:", value)
    Component.onCompleted: {
        s(7)
        console.log("value outside:", value)
        Qt.quit()
    }
}
