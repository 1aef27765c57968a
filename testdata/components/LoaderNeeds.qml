import QtQuick
Item {
    required property string title
    Component.onCompleted: console.log("LoaderNeeds", title)
    Component.onDestruction: console.log("LoaderNeeds destroyed", title)
}
