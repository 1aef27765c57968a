import QtQml

QtObject {
    property Component maker: Component { }
    Component.onCompleted: Qt.quit()
}
