import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property int n: 1
        }
    }
    property Component d: Component {
        QtObject {
            id: me
            property int n: 1
        }
    }
    property Component e: Component {
        QtObject {
            property int n: 1
            Component.onCompleted: console.log("e completed")
        }
    }
    Component.onCompleted: {
        console.log(c.createObject(root), d.createObject(root), e.createObject(root))
        Qt.quit()
    }
}
