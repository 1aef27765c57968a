import QtQml

QtObject {
    id: root
    property list<QtObject> items: [QtObject { objectName: "a" }, QtObject {}]
    property list<QtObject> empty
    property list<int> nums: [1, 2]
    property list<string> strs: ["x", "y"]
    property var arr: [1, 2]
    Component.onCompleted: {
        console.log(String(items), items.toString(), "" + items)
        console.log(JSON.stringify(items.length), Array.isArray(items), typeof items.map, typeof items.forEach)
        try { console.log(Object.keys(items), items.indexOf(items[1])) } catch (e) { console.log(e) }
        var out = []
        for (var i in items) out.push(i)
        console.log(out)
        Qt.quit()
    }
}
