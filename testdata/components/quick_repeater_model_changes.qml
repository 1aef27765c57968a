import QtQuick
Item {
    id: root
    ListModel { id: m; ListElement { name: "a"; v: 1 } ListElement { name: "b"; v: 2 } }
    ListModel { id: m2; ListElement { name: "n"; v: 5 } }
    Repeater {
        id: rep
        model: m
        delegate: Item {
            required property string name
            required property int index
            required property int v
            property int v2: v * 10
            Component.onCompleted: console.log("created", index, name, v2)
            Component.onDestruction: console.log("destroyed", name)
        }
        onItemAdded: (i, item) => console.log("itemAdded", i, item.name)
        onItemRemoved: (i, item) => console.log("itemRemoved", i, item.name)
        onCountChanged: console.log("count", count)
    }
    Component.onCompleted: {
        console.log("start", rep.count, root.children.length)
        m.append({ name: "c", v: 3 })
        m.insert(0, { name: "z", v: 0 })
        console.log("after insert", rep.count, rep.itemAt(0).name, rep.itemAt(1).index)
        m.setProperty(1, "v", 7)
        console.log("v2", rep.itemAt(1).v2)
        m.move(0, 2, 1)
        console.log("after move", rep.itemAt(0).name, rep.itemAt(2).name, rep.itemAt(2).index)
        m.remove(1)
        console.log("after remove", rep.count, rep.itemAt(1).name)
        rep.model = m2
        console.log("other model", rep.count, rep.itemAt(0).name)
        rep.model = m2
        console.log("same model", rep.count)
        Qt.exit(0)
    }
}
