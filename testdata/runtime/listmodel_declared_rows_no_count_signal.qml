import QtQml
// The rows a ListModel is declared with are there from its creation:
// no countChanged reaches its handlers, bindings on count see them.
import QtQml.Models
QtObject {
    id: root
    property int c: m.count
    property string first: m.count > 0 ? m.get(0).name : "none"
    onCChanged: console.log("c ->", c)
    property ListModel m: ListModel {
        id: m
        ListElement { name: "a" }
        ListElement { name: "b" }
        onCountChanged: console.log("count", count)
    }
    property Connections conn: Connections { target: m; function onCountChanged() { console.log("conn count", m.count) } }
    property int c2: m.count * 10
    Component.onCompleted: {
        console.log(c, c2, first)
        m.append({name: "z"})
        console.log(c, c2)
        Qt.quit()
    }
}
