import QtQml

QtObject {
    property string version: "Room.qml"
    property QtObject inner: Message {}
}
