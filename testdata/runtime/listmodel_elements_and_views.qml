import QtQml

// ListElement rows (roles made last to first), get() views that follow their
// row, nested lists, type conflicts.

QtObject {
    property ListModel m: ListModel {
        ListElement { bee: "b"; aa: 1; cee: true }
    }
    property ListModel e: ListModel {}
    Component.onCompleted: {
        console.log(JSON.stringify(m.get(0)), Object.keys(m.get(0)))
        console.log(m, m.get(0), m.get(5), m.count, e.count)
        e.append({ zed: 1, alpha: "x", mid: [1, 2] })
        console.log(e.get(0).zed, e.get(0).alpha, typeof e.get(0).mid, e.get(0).mid.count, e.get(0).mid.get(1).count)
        e.append({ zed: "str" })
        console.log(JSON.stringify(e.get(1)))
        e.setProperty(0, "zed", "notanumber")
        console.log(e.get(0).zed)
        var o = m.get(0)
        o.aa = 42
        console.log(m.get(0).aa)
        m.insert(0, { bee: "first" })
        console.log(o.bee, m.get(0).bee, m.get(0).aa, m.count)
        m.move(0, 1, 1)
        console.log(m.get(0).bee, m.get(1).bee)
        m.set(0, { aa: 7 })
        console.log(JSON.stringify(m.get(0)))
        m.clear()
        console.log(m.count)
        m.remove(0)
        Qt.quit()
    }
}
