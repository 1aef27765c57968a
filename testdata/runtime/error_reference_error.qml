import QtQml

QtObject {
    Component.onCompleted: {
        try {
            console.log(notDefinedAnywhere)
        } catch (e) {
            console.log(e.name, "|", e.message, "|", e instanceof ReferenceError)
        }
        Qt.quit()
        console.log("before uncaught")
        notDefinedAnywhere + 1
        console.log("not reached")
    }
}
