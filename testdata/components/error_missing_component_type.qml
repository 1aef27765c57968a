import QtQml

QtObject {
    property QtObject thing: NotAComponentFile { size: 2 }
    Component.onCompleted: Qt.quit()
}
