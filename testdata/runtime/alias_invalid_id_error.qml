import QtQml

QtObject {
    property alias a: nothingHere.value
    Component.onCompleted: Qt.quit()
}
