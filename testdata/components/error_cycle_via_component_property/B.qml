import QtQml

QtObject {
    objectName: "B"
    property int depth: 0
    property Component makeA: Component { A {} }
}
