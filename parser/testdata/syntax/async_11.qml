import QtQml
QtObject {
    property var f: async (a = ")", b = `(`) => 1
}
