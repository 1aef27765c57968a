import QtQml
QtObject {
    property "int" x
}
