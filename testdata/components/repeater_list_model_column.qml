import QtQuick

// Repeater over a ListModel in a Column: laid out once at creation (no later
// layout pass without a window), rows added, removed and changed.

Item {
    ListModel {
        id: lm
        ListElement { h: 10; name: "x" }
        ListElement { h: 20; name: "y" }
    }
    Column {
        id: col
        spacing: 2
        Rectangle { height: 5; width: 5 }
        Repeater {
            id: rep
            model: lm
            Rectangle { height: h; width: 10; property string label: name + index }
            onItemAdded: (i, item) => console.log("itemAdded", i, item.label)
            onItemRemoved: (i, item) => console.log("itemRemoved", i, item.label)
        }
    }
    function dump() {
        var s = []
        for (var i = 0; i < col.children.length; i++) s.push(col.children[i].y + ":" + col.children[i].height)
        console.log(rep.count, s.join(" "))
    }
    Component.onCompleted: {
        dump()
        lm.append({ h: 30, name: "z" })
        dump()
        lm.remove(0)
        dump()
        lm.setProperty(0, "h", 7)
        dump()
        Qt.callLater(function () { dump(); Qt.quit() })
    }
}
