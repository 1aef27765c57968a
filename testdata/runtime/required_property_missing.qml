import QtQml

QtObject {
    property RequiredHolder h: RequiredHolder { size: 3 }
    Component.onCompleted: Qt.quit()
}
