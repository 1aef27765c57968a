import QtQml

QtObject {
    id: root
    property int rootValue: 1
    property QtObject first: QtObject {
        id: first
        property int fromRoot: root.rootValue + 10
        property int fromSibling: second.value + 100
        property QtObject nested: QtObject {
            id: nested
            property int fromGrandparent: root.rootValue + first.fromRoot
        }
    }
    property QtObject second: QtObject {
        id: second
        property int value: nested.fromGrandparent * 2
    }
    Component.onCompleted: {
        console.log(first.fromRoot, first.fromSibling, nested.fromGrandparent, second.value)
        rootValue = 2
        console.log(first.fromRoot, first.fromSibling, nested.fromGrandparent, second.value)
        Qt.quit()
    }
}
