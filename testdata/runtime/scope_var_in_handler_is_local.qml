import QtQml

QtObject {
    signal s
    onS: {
        var local = (typeof local === "undefined") ? 1 : local + 1
        console.log("local", local)
    }
    Component.onCompleted: {
        s()
        s()
        console.log(typeof local)
        Qt.quit()
    }
}
