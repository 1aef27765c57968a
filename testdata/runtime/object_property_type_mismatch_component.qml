import QtQml

// An object of the wrong type for a property typed with a .qml component:
// the type is named by its class, NAME_QMLTYPE_N.
QtObject {
    property AliasHolder holder: QtObject { }
}
