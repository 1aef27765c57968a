import QtQml
// Qt 6.4's object list wrapper: a destroyed element reads null; writing a
// value that is no object, or past the end, does nothing; undefined throws;
// push() skips values that are no objects.
QtObject {
    id: root
    property list<QtObject> items
    onItemsChanged: console.log("changed", items.length)
    property QtObject a: QtObject { objectName: "a" }
    property Component c: Component { QtObject { property string tag } }
    Component.onCompleted: {
        items.push(a)
        try { items[0] = 5; console.log("set 5:", items.length, items[0]) } catch (e) { console.log("E1", e) }
        try { items[0] = undefined; console.log("set undefined:", items.length, items[0]) } catch (e) { console.log("E2", e) }
        try { items[3] = a; console.log("set past the end:", items.length, items[3], items[2]) } catch (e) { console.log("E3", e) }
        console.log("push:", items.push(5, a), items.length)
        console.log("push string:", items.push("s"), items.length)
        console.log("push object:", items.push({}), items.length)
        console.log("push null:", items.push(null), items.length, items[items.length - 1])
        items[0] = null
        console.log("set null:", items[0], items.length)
        var made = c.createObject(root, {tag: "made"})
        items[1] = made
        made.destroy()
        Qt.callLater(() => {
            console.log("destroyed element:", items[1], items.length)
            Qt.quit()
        })
    }
}
