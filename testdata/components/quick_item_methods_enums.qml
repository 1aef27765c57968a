import QtQuick
Item {
    id: root
    objectName: "rootItem"
    width: 200; height: 100
    Rectangle { id: r; objectName: "rect"; x: 10; y: 20; width: 50; height: 30
        Item { id: inner; x: 5; y: 6; width: 10; height: 10 }
    }
    Rectangle { id: plainRect }
    Text { id: t; x: 150; y: 90; text: "hi" }
    MouseArea { id: ma; objectName: "ma" }
    Item { id: other; x: 100; y: 50; width: 20; height: 20 }
    Item { id: low; objectName: "low"; x: 100; y: 0; width: 20; height: 20; z: 1 }
    Item { id: high; objectName: "high"; x: 100; y: 0; width: 20; height: 20 }
    Item { id: hid; objectName: "hid"; x: 0; y: 50; width: 20; height: 20; visible: false }
    Component.onCompleted: {
        console.log(root, r, plainRect, t, ma)
        var p = inner.mapToItem(root, 1, 2)
        console.log(p, p.x, p.y, typeof p)
        var q = root.mapFromItem(inner, 1, 2)
        console.log(q.x, q.y)
        var q2 = inner.mapFromItem(other, 0, 0)
        console.log(q2.x, q2.y)
        var q3 = inner.mapToItem(null, 0, 0)
        console.log(q3.x, q3.y)
        var q4 = inner.mapFromItem(null, 20, 30)
        console.log(q4.x, q4.y)
        var q5 = inner.mapToItem(root, Qt.point(2, 3))
        console.log(q5.x, q5.y)
        var rr = inner.mapToItem(root, 0, 0, 5, 5)
        console.log(rr, rr.x, rr.width)
        var rr2 = root.mapFromItem(inner, Qt.rect(1, 1, 2, 2))
        console.log(rr2)
        console.log(r.contains(Qt.point(10, 10)), r.contains(Qt.point(60, 10)), r.contains(Qt.point(-1, 0)), r.contains(Qt.point(50, 0)), r.contains(Qt.point(49.9, 29.9)), r.contains(Qt.point(0, 30)))
        console.log(root.childAt(15, 25) === r, root.childAt(1, 1), root.childAt(105, 55) === other, root.childAt(105, 5), root.childAt(5, 55), root.childAt(60, 20), root.childAt(59.5, 20) === r)
        console.log(typeof root.forceActiveFocus, typeof root.mapToGlobal, typeof root.mapFromGlobal)
        root.forceActiveFocus()
        console.log(Text.AlignHCenter, Text.AlignLeft, Text.AlignRight, Text.AlignJustify, Text.AlignTop, Text.AlignVCenter, Text.AlignBottom)
        console.log(Text.NoWrap, Text.WordWrap, Text.WrapAnywhere, Text.Wrap, Text.WrapAtWordBoundaryOrAnywhere)
        console.log(Text.ElideNone, Text.ElideLeft, Text.ElideMiddle, Text.ElideRight)
        console.log(Text.PlainText, Text.RichText, Text.AutoText, Text.StyledText, Text.MarkdownText)
        console.log(Qt.AlignCenter, Qt.AlignHCenter, Qt.AlignVCenter, Qt.AlignLeft, Qt.AlignTop, Qt.LeftButton, Qt.RightButton, Qt.AllButtons)
        console.log(Item.Top, Item.Center, Item.BottomRight)
        console.log(Font.Bold, Font.Normal, Font.AllUppercase, Font.Light)
        Qt.quit()
    }
}
