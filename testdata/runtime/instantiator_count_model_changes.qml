import QtQml
import QtQml.Models

// With a ListModel, an Instantiator's count makes room for inserted rows
// before their objects are made, and drops by one as each removed one is
// reported; countChanged comes once per change.
QtObject {
    id: root
    property ListModel lm: ListModel { ListElement { v: 1 } }
    property Instantiator inst: Instantiator {
        model: root.lm
        delegate: QtObject { objectName: "v" + model.v }
        onObjectAdded: (i, o) => console.log("added", i, o.objectName, count)
        onObjectRemoved: (i, o) => console.log("removed", i, o.objectName, count)
        onCountChanged: console.log("count", count)
    }
    Component.onCompleted: {
        lm.append([{v: 2}, {v: 3}])
        lm.insert(0, {v: 0})
        lm.remove(1, 2)
        lm.clear()
        Qt.quit()
    }
}
