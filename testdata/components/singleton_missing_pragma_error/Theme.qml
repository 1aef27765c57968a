import QtQml

QtObject {
    property string color: "red"
}
