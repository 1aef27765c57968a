import QtQml

QtObject {
    id: root
    readonly property int fixed: 5
    Component.onCompleted: {
        try { root.fixed = 6 } catch (e) { console.log("caught", e.name + ":", e.message) }
        console.log("fixed", fixed)
        Qt.quit()
        fixed = 7
        console.log("not reached")
    }
}
