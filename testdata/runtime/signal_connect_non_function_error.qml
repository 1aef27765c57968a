import QtQml

QtObject {
    signal s
    Component.onCompleted: {
        try { s.connect(42) } catch (e) { console.log("connect(42):", e.name + ":", e.message) }
        try { s.connect() } catch (e) { console.log("connect():", e.name + ":", e.message) }
        try { s.disconnect(function () {}) } catch (e) { console.log("disconnect(unknown):", e.name + ":", e.message) }
        console.log("done")
        Qt.quit()
    }
}
