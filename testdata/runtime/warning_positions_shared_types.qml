import QtQml
import QtQml.Models
// Warnings about objects of one type name each its own declaration.
QtObject {
    id: root
    signal ping()
    property QtObject target: QtObject { id: tgt; property int v: 5 }
    property Binding b1: Binding { target: tgt; property: "v"; value: 1 }
    property Binding b2: Binding { target: tgt; property: "nope"; value: 1 }
    property Binding b3: Binding { target: tgt; property: "nada"; value: 2 }
    property ListModel m1: ListModel { ListElement { a: 1 } }
    property ListModel m2: ListModel { ListElement { a: 2 } }
    property Connections c1: Connections { target: root; function onPing() {} }
    property Connections c2: Connections { target: root; function onPong() {} }
    property Component comp1: Component { QtObject {} }
    property Component comp2: Component { QtObject {} }
    Component.onCompleted: {
        m1.remove(5)
        m2.remove(7)
        m2.insert(9, {a: 1})
        comp2.createObject(root, 5)
        comp1.createObject(root, [1])
        Qt.quit()
    }
}
