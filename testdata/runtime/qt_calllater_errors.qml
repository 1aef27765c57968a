import QtQml

QtObject {
    Component.onCompleted: {
        try { Qt.callLater() } catch (e) { console.log("no args:", e.name + ":", e.message) }
        try { Qt.callLater(5) } catch (e) { console.log("number:", e.name + ":", e.message) }
        console.log("done")
        Qt.quit()
    }
}
