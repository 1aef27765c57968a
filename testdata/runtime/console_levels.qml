import QtQml

QtObject {
    Component.onCompleted: {
        console.log("log", 1)
        console.info("info", 2)
        console.debug("debug", 3)
        console.warn("warn", 4)
        console.error("error", 5)
        print("print", 6)
        Qt.quit()
    }
}
