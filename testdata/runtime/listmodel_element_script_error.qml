import QtQml
import QtQml.Models
// A ListElement role takes no script: only constants, enumeration values,
// functions and ListElements.
QtObject {
    property int base: 3
    property ListModel m: ListModel {
        ListElement { name: "a"; v: base + 1 }
    }
    Component.onCompleted: console.log("not reached")
}
