import QtQml

QtObject {
    id: root
    objectName: "rootName"
    property string s
    property url u
    property var custom: ({ toString: function () { return "custom" } })
    function t(f) { try { f(); console.log(JSON.stringify(s), JSON.stringify(String(u))) } catch (e) { console.log("threw", e.message) } }
    Component.onCompleted: {
        t(() => s = custom)
        t(() => s = root)
        t(() => s = new Date(0))
        t(() => s = Qt.point(1, 2))
        t(() => s = function () {})
        t(() => s = Symbol("x"))
        t(() => u = custom)
        t(() => u = root)
        t(() => u = new Date(0))
        t(() => u = "http://example.com/a b?x=1#frag")
        t(() => u = "file:///tmp/../x.qml")
        Qt.quit()
    }
}
