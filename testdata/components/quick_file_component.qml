import QtQuick

Item {
    id: root
    width: 200; height: 200
    QuickBadge { id: b1; text: "one" }
    QuickBadge { id: b2; padding: 10; x: 70; color: "gold" }
    Component.onCompleted: {
        console.log(children.length, b1.parent === root, b1.text, b2.text)
        console.log(b1.height, b2.height, b2.x, b1.color, b2.color)
        console.log(b1.children.length, b1.children[0].text, b1.children[0].parent === b1)
        b1.text = "changed"
        console.log(b1.children[0].text)
        Qt.quit()
    }
}
