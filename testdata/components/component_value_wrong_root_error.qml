import QtQml

QtObject {
    property Component c: Component {
        QtObject { objectName: "one" }
        QtObject { objectName: "two" }
    }
    Component.onCompleted: Qt.quit()
}
