import QtQml
import QtQml.Models
// A ListElement cannot have an id.
QtObject {
    property ListModel m: ListModel {
        ListElement { name: "a"; sub: [ ListElement { id: inner; t: 1 } ] }
    }
    Component.onCompleted: console.log("not reached")
}
