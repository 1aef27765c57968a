import QtQml

QtObject {
    id: root
    signal sig()
    function m() { return 1 }
    property QtObject gone: QtObject { id: gone }
    Component.onCompleted: {
        try { root.m = 5; console.log("m set", typeof root.m) } catch (e) { console.log(e.name, "|", e.message) }
        try { root.sig = 5; console.log("sig set", typeof root.sig) } catch (e) { console.log(e.name, "|", e.message) }
        try { root.onSig = 5; console.log("onSig set") } catch (e) { console.log(e.name, "|", e.message) }
        try { root["x y"] = 5; console.log("xy set") } catch (e) { console.log(e.name, "|", e.message) }
        try { delete root.objectName; console.log("deleted", root.objectName) } catch (e) { console.log(e.name, "|", e.message) }
        gone.destroy()
        Qt.callLater(function () {
            console.log(gone, root.gone)
            Qt.quit()
        })
    }
}
