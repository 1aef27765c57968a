import QtQml

QtObject {
    Component.onCompleted: {
        try { console.time() } catch (e) { console.log("time():", e.name + ":", e.message) }
        try { console.timeEnd() } catch (e) { console.log("timeEnd():", e.name + ":", e.message) }
        try { console.time("a", "b") } catch (e) { console.log("time(a, b):", e.name + ":", e.message) }
        Qt.quit()
    }
}
