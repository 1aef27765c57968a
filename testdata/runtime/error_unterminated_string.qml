import QtQml

QtObject {
    property string greeting: "hello
    Component.onCompleted: Qt.quit()
}
