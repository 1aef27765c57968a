import QtQml
QtObject {
    property int q: }
