import QtQml

QtObject {
    Component.onCompleted: {
        Qt.quit()
        console.log("before access")
        console.log(typeof Theme, Theme.color)
        console.log("not reached")
    }
}
