import QtQml
import QtQml.Models

// ObjectModel.index, unqualified in an object's own code and as
// obj.ObjectModel.index, follows inserts, moves and removals (-1 once out).
QtObject {
    id: root
    property Component maker: Component { QtObject { property int idx: ObjectModel.index; onIdxChanged: console.log(objectName, "idx", idx) } }
    property ObjectModel om: ObjectModel {
        QtObject { objectName: "a"; property int idx: ObjectModel.index; onIdxChanged: console.log(objectName, "idx", idx) }
        QtObject { objectName: "b"; property int idx: ObjectModel.index; onIdxChanged: console.log(objectName, "idx", idx) }
    }
    Component.onCompleted: {
        console.log("start", om.get(0).idx, om.get(1).idx, om.get(1).ObjectModel.index)
        var c = maker.createObject(root, { objectName: "c" })
        console.log("c before", c.idx, c.ObjectModel.index)
        om.insert(0, c)
        console.log("inserted", c.idx, om.get(1).idx)
        om.move(0, 2)
        console.log("moved", om.get(0).objectName, om.get(2).objectName)
        om.remove(0)
        console.log("removed", om.count)
        console.log(typeof ObjectModel, root.ObjectModel.index)
        Qt.exit(0)
    }
}
