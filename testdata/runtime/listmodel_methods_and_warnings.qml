import QtQml

// ListModel: append/insert/set/setProperty/remove/move, out-of-range warnings,
// role kinds fixed by the first value, defaults for missing roles.

QtObject {
    id: root
    property ListModel m: ListModel { id: m }
    Component.onCompleted: {
        m.countChanged.connect(function () { console.log("countChanged", m.count) })
        m.append([{ a: 1 }, { a: 2 }])
        m.insert(1, { a: 9, b: "x" })
        console.log(m.count, m.get(0).a, m.get(1).a, m.get(1).b, m.get(2).b, m.get(2).a)
        m.insert(7, { a: 1 })
        m.set(9, { a: 1 })
        m.setProperty(9, "a", 1)
        m.move(0, 5, 1)
        m.get(-1)
        m.append(5)
        m.append("str")
        m.remove(1, 5)
        m.set(3, { a: 4 })
        console.log(m.count, m.get(3).a)
        m.setProperty(0, "nope", 3)
        console.log(JSON.stringify(m.get(0)))
        m.append({ a: true })
        m.append({ c: true, d: null, e: undefined, f: { x: 1 }, g: function () {} })
        console.log(JSON.stringify(m.get(m.count - 1)), typeof m.get(m.count - 1).f)
        console.log(m.get(0).toString(), String(m.get(0)))
        Qt.quit()
    }
}
