import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property int n: 1
            property string label: "n=" + n
            Component.onCompleted: console.log("created", n, label)
            Component.onDestruction: console.log("destroyed", n)
        }
    }
    property QtObject holder: QtObject { objectName: "holder" }
    Component.onCompleted: {
        var a = c.createObject(holder)
        console.log("a", a.n, a.label, typeof a)
        var b = c.createObject(holder, { n: 5 })
        console.log("b", b.n, b.label)
        b.n = 6
        console.log("b after", b.n, b.label)
        console.log(a === b, Qt.isQtObject(a))
        Qt.quit()
    }
}
