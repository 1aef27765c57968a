import QtQml

QtObject {
    required property int count
    Component.onCompleted: {
        console.log("completed", count)
        Qt.quit()
    }
}
