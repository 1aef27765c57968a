import QtQml

QtObject {
    property Component c: Component {
        QtObject {
            objectName: "child"
            property int n: 2
        }
    }
    Component.onCompleted: {
        var a = c.createObject()
        console.log(a.objectName, a.n)
        var b = c.createObject(null)
        console.log(b.objectName, b.n)
        var d = c.createObject(null, { objectName: "renamed", n: 9 })
        console.log(d.objectName, d.n)
        var e = c.createObject(undefined, { n: 10 })
        console.log(e.objectName, e.n)
        Qt.quit()
    }
}
