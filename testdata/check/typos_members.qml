import QtQml

QtObject {
    property strin name: "x"
    property boolean ready
    property list<integer> sizes
    property int count: 0
    onCountChnged: console.log(count)
    onObjectNameChange: console.log(objectName)
}
