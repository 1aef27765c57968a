import QtQml

QtObject {
    function f() {
        console.exception("exception message", 1)
    }
    Component.onCompleted: {
        f()
        console.log("after console.exception")
        Qt.quit()
    }
}
