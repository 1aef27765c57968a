import QtQml

QtObject {
    property Component maker: Component {
        signal made()
        QtObject {}
    }
    Component.onCompleted: Qt.quit()
}
