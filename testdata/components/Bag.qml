import QtQml

QtObject {
    default property list<QtObject> items
    property string name: "bag"
    onItemsChanged: console.log(name, "itemsChanged, length", items.length)
    Component.onCompleted: console.log(name, "completed with", items.length)
}
