import QtQml

QtObject {
    id: root
    property string name: "root name"
    property QtObject child: QtObject {
        id: child
        property string name: "child name"
        property string seen: name
        property string explicitRoot: root.name
        function describe() { return name + " / " + root.name }
    }
    Component.onCompleted: {
        console.log(child.seen, "|", child.explicitRoot, "|", child.describe(), "|", name)
        Qt.quit()
    }
}
