import QtQml
QtObject {
    QtObject {}; objectName: "x"
}
