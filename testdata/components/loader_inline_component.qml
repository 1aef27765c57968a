import QtQuick
Item {
    id: root
    component Card: Rectangle {
        property string title: "card"
        width: 12; height: 8
        Component.onCompleted: console.log("Card completed", title, parent === ld)
    }
    Component { id: cardComp; Card { title: "from component" } }
    Loader { id: ld; sourceComponent: cardComp; onLoaded: console.log("loaded", item.title) }
    Loader { id: ld2; sourceComponent: Card { title: "implicit" }
        onLoaded: console.log("loaded2", item.title, item.width) }
    Component.onCompleted: {
        console.log("sizes", ld.width, ld.height, ld2.width)
        ld.setSource("", {})
        console.log("after empty setSource", ld.item, ld.status, ld.sourceComponent)
        Qt.quit()
    }
}
