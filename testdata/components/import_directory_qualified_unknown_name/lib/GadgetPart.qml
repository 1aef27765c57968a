import QtQml

QtObject {
    property int weight: 1
    function describe() { return "part(" + weight + ")" }
}
