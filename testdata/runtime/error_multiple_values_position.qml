import QtQml

QtObject {
    objectName: [ QtObject {}, QtObject {} ]
    Component.onCompleted: Qt.quit()
}
