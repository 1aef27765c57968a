// A file component with five bound properties.
import QtQml

QtObject {
    property int seed: 0
    property int a: seed + 1
    property int b: a * 2
    property string c: "row " + b
    property bool d: b % 3 === 0
    property real e: a / 2
}
