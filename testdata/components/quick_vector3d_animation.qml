import QtQuick
// Vector3dAnimation animates a vector3d property (from the current value) to `to`.
Item {
    id: root
    property vector3d v: Qt.vector3d(0, 0, 0)
    property int n: 0
    onVChanged: n++
    Vector3dAnimation { id: va; target: root; property: "v"; to: Qt.vector3d(10, 20, 30); duration: 50
        onFinished: { console.log("finished", root.v, root.n > 1); Qt.quit() } }
    Component.onCompleted: { console.log(va.from, va.to); va.start(); console.log(va.running, root.v) }
}
