import QtQml

QtObject {
    property string version: "Message12.qml"
}
