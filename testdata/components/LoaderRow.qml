import QtQuick
Rectangle {
    width: 10 + index; height: 3
    property string label: name + " #" + index
    Component.onCompleted: console.log("row", label, parent === loaderOfRow)
}
