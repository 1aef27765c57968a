import QtQml

// Instantiator over a ListModel: roles and model in the delegate, rows added
// and removed one at a time.

QtObject {
    id: root
    property ListModel people: ListModel {
        ListElement { name: "ann"; age: 30 }
        ListElement { name: "bob"; age: 40 }
    }
    property Instantiator inst: Instantiator {
        id: inst
        model: root.people
        QtObject {
            property string label: name + " " + age + " " + model.name + " " + index
        }
        onObjectAdded: (index, object) => console.log("added", index, object.label)
        onObjectRemoved: (index, object) => console.log("removed", index, object.label)
    }
    Component.onCompleted: {
        console.log("count", inst.count)
        people.append({ name: "cy", age: 50 })
        console.log("count", inst.count)
        people.remove(0)
        console.log("count", inst.count, inst.objectAt(0).label)
        Qt.quit()
    }
}
