import QtQuick
Item {
    id: root
    Component { id: sized; Rectangle { width: 30; height: 40 } }
    Component { id: unsized; Rectangle { } }
    Component { id: plain; QtObject { property int width: 7 } }
    Loader { id: free; sourceComponent: sized
        onWidthChanged: console.log("free width", width); onHeightChanged: console.log("free height", height)
        onImplicitWidthChanged: console.log("free implicitWidth", implicitWidth) }
    Loader { id: fixed; width: 50; height: 60; sourceComponent: unsized
        onWidthChanged: console.log("fixed width", width) }
    Loader { id: fixedSized; width: 11; sourceComponent: sized }
    Loader { id: obj; sourceComponent: plain }
    Component.onCompleted: {
        console.log("free", free.width, free.height, free.implicitWidth, free.implicitHeight, free.item.width, free.item.height)
        console.log("fixed", fixed.width, fixed.height, fixed.implicitWidth, fixed.implicitHeight, fixed.item.width, fixed.item.height)
        console.log("fixedSized", fixedSized.width, fixedSized.height, fixedSized.item.width, fixedSized.item.height, fixedSized.implicitWidth)
        console.log("obj", obj.width, obj.height, obj.item.width, obj.children.length, obj.resources.length, obj.item.parent === undefined)
        free.item.width = 35
        console.log("free after item resize", free.width, free.implicitWidth)
        free.width = 100
        console.log("free after loader resize", free.width, free.item.width)
        fixed.width = 55
        console.log("fixed after resize", fixed.item.width, fixed.item.height)
        fixed.sourceComponent = sized
        console.log("fixed sized", fixed.item.width, fixed.item.height, fixed.implicitWidth, fixed.implicitHeight)
        fixed.sourceComponent = undefined
        console.log("fixed none", fixed.width, fixed.height, fixed.implicitWidth)
        free.active = false
        console.log("free inactive", free.width, free.height, free.implicitWidth)
        Qt.quit()
    }
}
