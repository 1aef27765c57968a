import QtQuick
Item {
    Item {
        id: a
        property int v: b.width
        property int w: v + 1
        function twice() { return w * 2 }
        Component.onCompleted: console.log("a", v, w, twice(), x)
        anchors.left: b.right
    }
    Item { id: b; x: 5; width: 30
        Rectangle { property string label: "inner"; Component.onCompleted: console.log(label, color) }
    }
    Component.onCompleted: { console.log("root", a.v, a.w); Qt.quit() }
}
