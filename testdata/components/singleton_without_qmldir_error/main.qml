import QtQml

QtObject {
    property QtObject t: Theme {}
    Component.onCompleted: {
        console.log(t.color)
        Qt.quit()
    }
}
