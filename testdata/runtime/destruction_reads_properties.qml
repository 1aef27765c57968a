import QtQml

QtObject {
    id: root
    property string name: "root-name"
    property QtObject child: QtObject {
        id: child
        property string name: "child-name"
        Component.onDestruction: console.log("child destruction", name, root.name)
    }
    Component.onDestruction: console.log("root destruction", name, child ? child.name : "no child")
    Component.onCompleted: Qt.quit()
}
