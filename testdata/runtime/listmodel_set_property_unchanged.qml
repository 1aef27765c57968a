import QtQml
import QtQml.Models
// setProperty and a write through get() tell of a role only when its value
// changes (Qt compiling the script anew; see README "Differences from Qt").
QtObject {
    property ListModel m: ListModel { ListElement { a: 1; b: "x"; c: true } }
    property Connections con: Connections {
        target: m
        function onDataChanged(tl, br, roles) { console.log("data", tl.row, JSON.stringify(roles)) }
    }
    Component.onCompleted: {
        console.log("num same"); m.setProperty(0, "a", 1)
        console.log("num diff"); m.setProperty(0, "a", 2)
        console.log("num same2"); m.setProperty(0, "a", 2)
        console.log("str same"); m.setProperty(0, "b", "x")
        console.log("str diff"); m.setProperty(0, "b", "y")
        console.log("str same2"); m.setProperty(0, "b", "y")
        console.log("bool same"); m.setProperty(0, "c", true)
        console.log("bool diff"); m.setProperty(0, "c", false)
        console.log("get write same"); m.get(0).a = 2
        console.log("get write diff"); m.get(0).a = 3
        Qt.exit(0)
    }
}
