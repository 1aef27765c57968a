import QtQuick
Item {
    id: root
    property real px: 0
    property real py: 3
    property color c: "black"
    property real b: width * 2
    PropertyAnimation on c { to: "#80ff0000"; duration: 30 }
    ColorAnimation { id: ca; target: root; property: "c"; from: "white"; to: "green"; duration: 20; onFinished: console.log("ca", root.c) }
    NumberAnimation { id: bn; target: root; property: "b"; to: 7; duration: 20; onFinished: { console.log("bn", root.b); root.width = 10; console.log("after width", root.b); root.px = 40; console.log("x right after", root.px); Qt.callLater(done) } }
    function done() { console.log("done", root.px, root.c); Qt.quit() }
    Component.onCompleted: { console.log(ca, ca.easing.type, bn.from, bn.to, ca.from); ca.start(); console.log("ca start", root.c); bn.start() }
}
