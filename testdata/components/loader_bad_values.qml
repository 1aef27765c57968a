import QtQuick
Item {
    id: root
    Loader { id: ld; onStatusChanged: console.log("status", status) }
    function attempt(label, f) { try { f(); console.log(label, "ok", ld.status, ld.item, ld.source) } catch (e) { console.log(label, "threw", e) } }
    Component.onCompleted: {
        attempt("comp=5", function() { ld.sourceComponent = 5 })
        attempt("comp=null", function() { ld.sourceComponent = null })
        attempt("source={}", function() { ld.source = {} })
        attempt("source=undefined", function() { ld.source = undefined })
        attempt("setSource()", function() { ld.setSource() })
        attempt("setSource(null)", function() { ld.setSource(null) })
        attempt("setSource(x,null)", function() { ld.setSource("LoaderPane.qml", null) })
        attempt("setSource(x,[1])", function() { ld.setSource("LoaderPane.qml", [1]) })
        attempt("active=undefined", function() { ld.active = undefined })
        attempt("active='yes'", function() { ld.active = "yes" })
        Qt.quit()
    }
}
