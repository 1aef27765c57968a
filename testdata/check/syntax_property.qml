import QtQml

QtObject {
    property string: "no name"
}
