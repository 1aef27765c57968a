import QtQuick
Item {
    property string name: "throws"
    property int v: undefinedName + 1
    Component.onCompleted: console.log("LoaderThrows completed", v)
}
