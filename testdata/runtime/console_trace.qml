import QtQml

QtObject {
    function inner() {
        console.trace()
    }
    function outer() {
        inner()
    }
    Component.onCompleted: {
        outer()
        console.log("after trace")
        Qt.quit()
    }
}
