// Creates 10,000 objects with two bindings each and prints the time taken.
import QtQml

QtObject {
    id: root
    property int base: 1
    property Component factory: Component {
        QtObject {
            property int a: root.base + 1
            property int b: a * 2
        }
    }
    Component.onCompleted: {
        var t0 = Date.now()
        var objs = []
        for (var i = 0; i < 10000; i++)
            objs.push(factory.createObject(root))
        var t1 = Date.now()
        console.log("created", objs.length, "last b", objs[9999].b, "ms", t1 - t0)
        Qt.quit()
    }
}
