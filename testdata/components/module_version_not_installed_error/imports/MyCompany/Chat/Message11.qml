import QtQml

QtObject {
    property string version: "Message11.qml"
}
