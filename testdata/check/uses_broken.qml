import QtQml

QtObject {
    property QtObject part: Broken { }
}
