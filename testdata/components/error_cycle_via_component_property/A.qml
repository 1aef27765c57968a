import QtQml

QtObject {
    objectName: "A"
    property int depth: 0
    property Component makeB: Component { B {} }
}
