import QtQml
import QtQml.Models
// A ListElement role holds ListElements, no other objects.
QtObject {
    property ListModel m: ListModel {
        ListElement { name: "a"; sub: [ ListElement { t: 1 }, QtObject { objectName: "x" } ] }
    }
    Component.onCompleted: console.log("not reached")
}
