import QtQml

QtObject {
    Component.onCompleted: {
        var x = ;
        Qt.quit()
    }
}
