import QtQml
QtObject {
    property string seen: (typeof own === "number" ? "own " + own : "no own") + ", " + (typeof outer === "number" ? "outer" : "no outer")
}
