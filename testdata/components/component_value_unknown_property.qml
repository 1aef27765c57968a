import QtQml

QtObject {
    property Component c: Component {
        QtObject { property int a: 1 }
    }
    Component.onCompleted: {
        var o = c.createObject(null, { a: 2, nope: 3 })
        console.log(o === null, o.a, o.nope)
        Qt.quit()
    }
}
