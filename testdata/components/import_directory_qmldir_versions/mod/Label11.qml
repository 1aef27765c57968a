import QtQml

QtObject {
    property string file: "Label11.qml"
}
