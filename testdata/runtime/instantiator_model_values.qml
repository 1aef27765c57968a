import QtQml
// What an Instantiator takes for a model: a count is rounded (qRound), a
// negative one warns and makes nothing; an array's elements; one QObject;
// a plain JavaScript object or a string makes nothing. Delegates see
// `model`, Qt's item data object (index, row, column, modelData). An
// array's elements come as QVariant copies (objects with sorted keys).
QtObject {
    id: root
    property var people: [{name: "ann", age: 30}, {name: "bob", age: 25}]
    property Instantiator i1: Instantiator {
        model: root.people
        delegate: QtObject { property string n: modelData.name; property int idx: index; Component.onCompleted: console.log("i1", idx, n, model.name, typeof model, JSON.stringify(model.modelData), model.index, model.row, model.column) }
    }
    property Instantiator i2: Instantiator {
        model: {"x": 1}
        delegate: QtObject { Component.onCompleted: console.log("i2", index) }
    }
    property Instantiator i3: Instantiator { model: "abc"; delegate: QtObject { Component.onCompleted: console.log("i3", index, modelData) } }
    property Instantiator i4: Instantiator { model: 2.5; delegate: QtObject { Component.onCompleted: console.log("i4", index, modelData, model.modelData, model.index) } }
    property Instantiator i5: Instantiator { model: true; delegate: QtObject { Component.onCompleted: console.log("i5", index, modelData) } }
    property Instantiator i6: Instantiator { model: -3; delegate: QtObject { Component.onCompleted: console.log("i6", index) } }
    property Instantiator i7: Instantiator { model: 0.4; delegate: QtObject { Component.onCompleted: console.log("i7", index) } }
    property Instantiator i8: Instantiator { model: root; delegate: QtObject { Component.onCompleted: console.log("i8", index, modelData === root, model.modelData === root) } }
    property var arr: [{b: 1, a: {z: 1, y: [3, {k: 1, j: 2}]}}]
    property Instantiator i9: Instantiator {
        model: root.arr
        delegate: QtObject { Component.onCompleted: { console.log("i9", JSON.stringify(modelData), modelData === root.arr[0]); modelData.b = 5; console.log("i9", root.arr[0].b) } }
    }
    Component.onCompleted: {
        console.log(i1.count, i2.count, i3.count, i4.count, i5.count, i6.count, i7.count, i8.count, i1.objectAt(-1), i1.objectAt(9), i1.object.n)
        people = people.concat([{name: "cy", age: 5}])
        console.log(i1.count, i1.objectAt(2).n)
        Qt.quit()
    }
}
