import QtQuick
Item {
    Component { id: unsized; Rectangle {
        property real half: width / 2
        onWidthChanged: console.log("unsized width", width)
        onHeightChanged: console.log("unsized height", height)
        Component.onCompleted: console.log("unsized completed", width, height, half, parent.children.length) } }
    Component { id: halfSized; Rectangle {
        width: 7
        onWidthChanged: console.log("halfSized width", width)
        onHeightChanged: console.log("halfSized height", height)
        Component.onCompleted: console.log("halfSized completed", width, height) } }
    Loader { id: fixed; width: 50; height: 60; sourceComponent: unsized }
    Component.onCompleted: {
        console.log("fixed", fixed.item.width, fixed.item.height, fixed.item.half)
        fixed.sourceComponent = halfSized
        console.log("halfSized", fixed.item.width, fixed.item.height)
        Qt.quit()
    }
}
