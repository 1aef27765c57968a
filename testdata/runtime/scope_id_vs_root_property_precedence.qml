import QtQml

QtObject {
    id: root
    property string label: "root property label"
    property QtObject holder: QtObject { id: label; objectName: "object with id label" }
    Component.onCompleted: {
        console.log("label ->", label, typeof label)
        console.log("root.label ->", root.label)
        Qt.quit()
    }
}
