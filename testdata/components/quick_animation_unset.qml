import QtQuick
Item {
    id: root
    property real v: 5
    property var w: "s"
    NumberAnimation { id: a; target: root; property: "v"; duration: 20; onFinished: { console.log("a fin", root.v, a.to); b.start() } }
    PropertyAnimation { id: b; target: root; property: "w"; duration: 20; onFinished: { console.log("b fin", root.w, b.to); Qt.quit() } }
    Component.onCompleted: a.start()
}
