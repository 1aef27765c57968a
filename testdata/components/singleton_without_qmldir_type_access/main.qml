import QtQml

QtObject {
    Component.onCompleted: {
        console.log(typeof Theme, Theme.color)
        Qt.quit()
    }
}
