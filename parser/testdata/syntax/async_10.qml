import QtQml
QtObject {
    property var f: async () => 1
}
