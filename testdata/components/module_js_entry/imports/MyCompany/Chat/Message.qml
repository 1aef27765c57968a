import QtQml

QtObject {
    property string text
}
