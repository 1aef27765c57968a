import QtQuick
import QtQml.Models

// An ObjectModel as a Repeater's model: its Items go into the Row, and
// follow append, insert, move, remove and clear (removed items are not
// destroyed; they leave the Row).
Item {
    id: root
    ObjectModel {
        id: om
        Item { objectName: "a"; width: 1 }
        Item { objectName: "b"; width: 2 }
        onCountChanged: console.log("om count", count)
        onChildrenChanged: console.log("om childrenChanged", children.length)
    }
    Row {
        id: row
        Repeater {
            id: rep
            model: om
            onItemAdded: (i, item) => console.log("itemAdded", i, item.objectName, item.parent === row)
            onItemRemoved: (i, item) => console.log("itemRemoved", i, item.objectName, item.parent)
            onCountChanged: console.log("rep count", count)
        }
    }
    Component { id: extra; Item { width: 5 } }
    Component.onCompleted: {
        console.log("start", om.count, om.get(0).objectName, om.get(1).objectName, rep.count, row.children.length, String(om))
        var c = extra.createObject(null, { objectName: "c" })
        om.append(c)
        console.log("appended", om.count, rep.count, row.children.length, c.parent === row)
        om.insert(0, extra.createObject(null, { objectName: "z" }))
        console.log("inserted", om.get(0).objectName, om.get(1).objectName, rep.itemAt(0).objectName)
        om.move(0, 2)
        console.log("moved", om.get(0).objectName, om.get(2).objectName, rep.itemAt(2).objectName)
        om.remove(1)
        console.log("removed", om.count, om.get(1).objectName, rep.count)
        console.log("children", om.children.length)
        om.clear()
        console.log("cleared", om.count, rep.count, row.children.length)
        console.log(om.get(5), om.get(-1))
        Qt.exit(0)
    }
}
