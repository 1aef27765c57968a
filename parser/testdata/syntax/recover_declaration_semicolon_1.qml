import QtQml
QtObject {
    property QtObject o: QtObject {}; objectName: "x"
}
