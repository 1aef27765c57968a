import QtQml

QtObject {
    property string version: "Message10.qml"
}
