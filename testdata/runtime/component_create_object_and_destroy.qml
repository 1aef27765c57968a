import QtQml

QtObject {
    id: root
    property Component comp: Component {
        id: comp
        QtObject {
            property string tag: "none"
            Component.onCompleted: console.log("child completed", tag)
            Component.onDestruction: console.log("child destroyed", tag)
        }
    }
    property var kids: []
    Component.onCompleted: {
        console.log(comp, typeof comp, comp.status, Component.Ready, comp.url === "" ? "empty" : "url")
        var a = comp.createObject(root, { tag: "a" })
        var b = comp.createObject(null, { tag: "b", nosuch: 1 })
        var c = comp.createObject(root)
        console.log(a.tag, b.tag, c.tag, a.parent === undefined)
        kids = [a, b, c]
        a.destroy()
        b.destroy(40)
        console.log("after destroy calls", a.tag)
        var bad = Qt.createComponent("DoesNotExist.qml")
        console.log(bad.status === Component.Error, bad.errorString().trim())
        var inline = Qt.createQmlObject('import QtQml; QtObject { property int q: 7 }', root, "inline1")
        console.log(inline.q)
        try { Qt.createQmlObject('import QtQml; QtObject { property int q: 1; }}', root, "broken") } catch (e) { console.log("createQmlObject threw", e.message, JSON.stringify(e.qmlErrors)) }
        Qt.callLater(function () { console.log("later: a", kids[0], "b", kids[1] ? kids[1].tag : "x") })
    }
    property Timer t: Timer { running: true; interval: 150; onTriggered: { console.log("timer: b", root.kids[1]); Qt.quit() } }
}
