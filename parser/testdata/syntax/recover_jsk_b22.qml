import QtQml
QtObject {
    property var v: new Foo(
    property int z: 1
}
