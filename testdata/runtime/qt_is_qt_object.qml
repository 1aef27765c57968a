import QtQml

QtObject {
    id: root
    property QtObject child: QtObject {}
    property Timer timer: Timer {}
    Component.onCompleted: {
        console.log(Qt.isQtObject(root), Qt.isQtObject(child), Qt.isQtObject(timer))
        console.log(Qt.isQtObject({}), Qt.isQtObject(null), Qt.isQtObject(undefined), Qt.isQtObject(5), Qt.isQtObject("s"))
        console.log(Qt.isQtObject(Qt), Qt.isQtObject(console))
        Qt.quit()
    }
}
