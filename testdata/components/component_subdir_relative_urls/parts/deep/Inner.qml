import QtQml
QtObject {
    property string where: "inner"
    Component.onCompleted: console.log("Inner completed")
}
