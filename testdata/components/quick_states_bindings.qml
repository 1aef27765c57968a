import QtQuick

Item {
    id: root
    property int base: 5
    property int twice: base * 2
    property string label: "plain"
    Item { id: inner; width: root.base; property string tag: "t" + root.base }
    states: State {
        name: "wide"
        PropertyChanges { target: inner; width: root.base * 100; tag: "wide" }
        PropertyChanges { target: root; twice: -1 }
    }
    Component.onCompleted: {
        console.log("base", inner.width, inner.tag, twice)
        state = "wide"
        console.log("wide", inner.width, inner.tag, twice)
        base = 6
        console.log("wide base 6", inner.width, inner.tag, twice)
        state = ""
        console.log("back", inner.width, inner.tag, twice)
        base = 7
        console.log("back base 7", inner.width, inner.tag, twice)
        Qt.quit()
    }
}
