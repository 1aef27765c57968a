import QtQml

QtObject {
    property string file: "Label10.qml"
}
