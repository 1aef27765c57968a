import QtQml

QtObject {
    id: root
    property list<QtObject> made
    property QtObject factoryHolder: QtObject {
        property Component factory: Component {
            id: factory
            QtObject { property string tag: "from factory" }
        }
    }
    Component.onCompleted: {
        console.log(typeof factory, factory.status, factory === factoryHolder.factory)
        made.push(factory.createObject(root))
        made.push(factory.createObject(root, { tag: "custom" }))
        console.log(made.length, made[0].tag, made[1].tag)
        Qt.quit()
    }
}
