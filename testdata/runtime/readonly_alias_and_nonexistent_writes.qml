import QtQml

QtObject {
    id: root
    readonly property int ro: 5
    property alias al: inner.val
    property alias innerObj: inner
    property QtObject inner: QtObject { id: inner; property int val: 1; readonly property string name: "in" }
    onAlChanged: console.log("alChanged", al)
    Component.onCompleted: {
        try { root.ro = 6 } catch (e) { console.log(e.name, "|", e.message) }
        try { inner.name = "x" } catch (e) { console.log(e.name, "|", e.message) }
        try { root.objectName = 5; console.log(JSON.stringify(root.objectName)) } catch (e) { console.log(e.message) }
        al = 7
        console.log(inner.val, al, innerObj === inner)
        inner.val = 9
        console.log(al)
        try { root.nosuch = 1; console.log("nosuch set", root.nosuch) } catch (e) { console.log(e.name, "|", e.message) }
        try { Math.PI = 3; console.log(Math.PI) } catch (e) { console.log(e.name, "|", e.message) }
        try { root.destroy() } catch (e) { console.log(e.name, "|", e.message) }
        try { inner.destroy(); console.log("destroyed inner scheduled") } catch (e) { console.log(e.name, "|", e.message) }
        try { Object.freeze({a: 1}).a = 2; console.log("frozen write ignored") } catch (e) { console.log(e.name, "|", e.message) }
        Qt.callLater(() => { console.log("inner after destroy", inner, root.inner); Qt.quit() })
    }
}
