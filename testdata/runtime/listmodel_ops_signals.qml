import QtQml
import QtQml.Models
QtObject {
    property ListModel m: ListModel {
        ListElement { name: "a"; n: 1; tags: [ ListElement { t: "x" } ] }
        ListElement { name: "b"; n: 2 }
        onCountChanged: console.log("count", count)
        onRowsInserted: (p, first, last) => console.log("inserted", first, last)
        onRowsRemoved: (p, first, last) => console.log("removed", first, last)
        onRowsMoved: (p, s, e, d, r) => console.log("moved", s, e, r)
        onDataChanged: (tl, br, roles) => console.log("dataChanged", tl.row, br.row, JSON.stringify(roles))
    }
    Component.onCompleted: {
        console.log(m.count, m.get(0).name, m.get(0).tags.count, m.get(0).tags.get(0).t, m.get(1).tags)
        m.append([{ name: "c", n: 3 }, { name: "d", n: 4 }])
        m.set(1, { name: "B", extra: true })
        console.log(m.get(1).name, m.get(1).n, m.get(1).extra, m.get(0).extra)
        m.setProperty(0, "n", 10)
        m.move(0, 2, 2)
        console.log([0,1,2,3].map(i => m.get(i).name).join(","))
        m.remove(1, 2)
        console.log(m.count, m.get(0).name, m.get(1).name)
        m.get(0).n = 99
        console.log(m.get(0).n)
        m.insert(1, { name: "i", n: 7 })
        m.clear()
        console.log("cleared", m.count, m.get(0))
        Qt.exit(0)
    }
}
