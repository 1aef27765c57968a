import QtQuick
Item {
    id: root
    Item { id: p
        Item { id: c; anchors.horizontalCenter: parent.horizontalCenter; anchors.verticalCenter: parent.verticalCenter }
        Item { id: l; width: 10; anchors.left: parent.horizontalCenter }
        Item { id: r; width: 10; anchors.right: parent.horizontalCenter }
        Item { id: s; width: 10; anchors.left: parent.left; anchors.leftMargin: 0.4 }
    }
    Component.onCompleted: {
        var out = []
        for (var aw of [true, false]) {
            c.anchors.alignWhenCentered = aw
            for (var pw of [200, 201, 200.5, 201.4, 202.6]) {
                for (var cw of [30, 31, 30.6, 31.5]) {
                    p.width = pw; p.height = pw; c.width = cw; c.height = cw
                    out.push(aw + " " + pw + " " + cw + " -> " + c.x + " " + c.y + " l " + l.x + " r " + r.x)
                }
            }
        }
        console.log(out.join("\n"))
        console.log("s", s.x)
        Qt.quit()
    }
}
