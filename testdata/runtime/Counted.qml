import QtQml

QtObject {
    property int count: 0
}
