import QtQml
import QtQml.Models
// A delegate with required properties gets index, modelData, model and the
// roles in them (set before Component.onCompleted, followed on changes),
// and no context names; a required property the model lacks stops the
// creation. A delegate's `model` has index, row and column. Regenerating
// reports and destroys the objects one by one.
QtObject {
    id: root
    property ListModel lm: ListModel { ListElement { name: "a"; qty: 1 } ListElement { name: "b"; qty: 2 } }
    property Instantiator i1: Instantiator {
        model: ["x", "y"]
        delegate: QtObject {
            required property int index
            required property string modelData
            Component.onCompleted: console.log("i1", index, modelData)
            Component.onDestruction: console.log("i1 gone", index, modelData)
        }
        onObjectRemoved: (index, object) => console.log("i1 removed", index, object.index)
    }
    property Instantiator i2: Instantiator {
        model: lm
        delegate: QtObject {
            required property string name
            required property int index
            property int q: typeof qty === "undefined" ? -1 : qty
            Component.onCompleted: console.log("i2", index, name, q)
            onNameChanged: console.log("i2 name ->", name)
            onIndexChanged: console.log("i2 index ->", index)
        }
    }
    property Instantiator i3: Instantiator {
        model: 2
        delegate: QtObject {
            required property int index
            property var md: typeof modelData === "undefined" ? "undef" : modelData
            Component.onCompleted: console.log("i3", index, md)
        }
    }
    property Instantiator i4: Instantiator {
        model: lm
        delegate: QtObject {
            required property var model
            Component.onCompleted: console.log("i4", model.name, model.index, model.row, model.column, model.qty, model.hasModelChildren)
        }
    }
    property Instantiator i5: Instantiator {
        model: 1
        delegate: QtObject {
            required property string missing
            Component.onCompleted: console.log("i5", missing)
        }
    }
    Component.onCompleted: {
        lm.setProperty(0, "name", "A")
        console.log(i2.objectAt(0).name)
        lm.insert(0, {name: "z", qty: 9})
        console.log(i2.objectAt(1).index, i2.objectAt(0).name, i2.count, i4.objectAt(2).model.index)
        lm.remove(1)
        console.log(i4.objectAt(1).model.index, i4.objectAt(1).model.name)
        i1.model = ["p"]
        Qt.quit()
    }
}
