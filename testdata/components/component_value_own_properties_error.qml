import QtQml

QtObject {
    property Component c: Component {
        objectName: "x"
        QtObject {}
    }
    Component.onCompleted: Qt.quit()
}
