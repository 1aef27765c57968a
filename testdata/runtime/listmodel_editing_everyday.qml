import QtQml

// Everyday ListModel editing: append, insert, setProperty, move, remove, set, clear.
import QtQml.Models

QtObject {
    id: root
    property ListModel m: ListModel {
        ListElement { name: "a"; v: 1 }
        ListElement { name: "b"; v: 2 }
    }
    Component.onCompleted: {
        m.append({ name: "c", v: 3.5, extra: true })
        m.insert(0, { name: "z", v: -1 })
        console.log(m.count, m.get(0).name, m.get(3).v, m.get(3).extra, m.get(1).extra)
        m.setProperty(1, "v", "10")
        console.log(m.get(1).v, typeof m.get(1).v)
        m.move(0, 3, 1)
        var names = []; for (var i = 0; i < m.count; i++) names.push(m.get(i).name)
        console.log(names)
        m.remove(1, 2)
        console.log(m.count, JSON.stringify(m.get(0)), m.get(5))
        m.set(0, { name: "set", v: 7 })
        console.log(m.get(0).name, m.get(0).v)
        m.clear(); console.log(m.count)
        m.append([{ name: "x" }, { name: "y" }]); console.log(m.count, m.get(1).name, m.get(1).v)
        Qt.exit(0)
    }
}
