import QtQml

QtObject {
    Component.onCompleted: {
        try { console.log("%1".arg()) } catch (e) { console.log(e.name + ":", e.message) }
        try { console.log("%1 %2".arg("a", "b")) } catch (e) { console.log(e.name + ":", e.message) }
        console.log("%1".arg([1, 2]), "%1".arg({}))
        Qt.quit()
    }
}
