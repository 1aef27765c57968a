import QtQml

QtObject {
    id: root
    property QtObject ref
    property Component c: Component {
        QtObject {
            property int n: 5
            function hello() { return "hello" }
        }
    }
    onRefChanged: console.log("refChanged", ref === null ? "null" : ref.n)
    Component.onCompleted: {
        var o = c.createObject(root)
        ref = o
        o.destroy()
        Qt.callLater(function() {
            console.log("ref is", ref, ref === null)
            console.log("o is", o === null, typeof o, Qt.isQtObject(o))
            console.log("o.n", o.n)
            console.log("o.objectName", o.objectName)
            console.log("typeof o.hello", typeof o.hello)
            Qt.quit()
            o.hello()
        })
    }
}
