import QtQml

QtObject {
    colr: "red"
    property Timr t
}
