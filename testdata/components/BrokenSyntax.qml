import QtQml

QtObject {
    property int a: 1
    property int b: (a +
}
