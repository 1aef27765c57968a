import QtQml
QtObject {
    property
}
