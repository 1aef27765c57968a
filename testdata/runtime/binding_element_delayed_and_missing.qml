import QtQml

// A Binding to a property the target does not have warns once; a delayed
// Binding writes after the current handlers; changing `property` moves it.

QtObject {
    id: root
    property int source: 1
    property QtObject target: QtObject {
        id: t
        property int value: 100
        property int other: 7
        property int bound: root.source + 1000
    }
    property Binding bad: Binding { target: t; property: "nope"; value: 1 }
    property Binding b: Binding {
        id: b
        target: t
        property: "bound"
        value: root.source * 10
        when: root.source > 1
    }
    property Binding d: Binding {
        id: d
        target: t
        property: "other"
        value: root.source * 3
        delayed: true
    }
    Component.onCompleted: {
        console.log("start", t.bound, t.other)
        source = 2
        console.log("source 2", t.bound, t.other)
        source = 0
        console.log("source 0", t.bound, t.other)
        b.property = "other"
        source = 5
        console.log("retarget", t.bound, t.other)
        Qt.callLater(function () { console.log("later", t.bound, t.other); Qt.quit() })
    }
}
