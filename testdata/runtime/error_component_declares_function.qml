import QtQml

QtObject {
    property Component maker: Component {
        function make() { return 1 }
        QtObject {}
    }
    Component.onCompleted: Qt.quit()
}
