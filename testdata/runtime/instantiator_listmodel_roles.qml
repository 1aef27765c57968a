// A ListModel followed by an Instantiator: delegates see rows added, removed and
// changed, through model.role too; var properties notify on assignment only.
import QtQml
import QtQml.Models
QtObject {
    id: root
    property var arr: [1, 2]
    property var obj: ({a: 1})
    onArrChanged: console.log("arrChanged", arr)
    onObjChanged: console.log("objChanged", JSON.stringify(obj))
    property ListModel m: ListModel {}
    property Instantiator inst: Instantiator {
        model: root.m
        delegate: QtObject { property string n: model.name; property int i: index; Component.onCompleted: console.log("made", n, i) }
        onObjectRemoved: (index, object) => console.log("removed", index, object.n)
    }
    Component.onCompleted: {
        arr.push(3)
        console.log("after push", arr)
        arr = arr.concat([4])
        obj.a = 2
        obj = obj
        m.append({name: "one", extra: {deep: 1}})
        m.append([{name: "two"}, {name: "three"}])
        m.insert(0, {name: "zero"})
        console.log(m.count, inst.count, m.get(1).extra.deep)
        m.remove(0, 2)
        console.log(m.count, inst.count)
        m.setProperty(0, "name", "TWO")
        console.log(inst.objectAt(0).n)
        m.clear()
        console.log(m.count, inst.count)
        var x = Qt.binding(function () { return arr.length })
        console.log(typeof x)
        Qt.exit(3)
    }
}
