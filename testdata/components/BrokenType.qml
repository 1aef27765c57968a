import QtQml

QtObject {
    property int a: 1
    NoSuchThing {}
}
