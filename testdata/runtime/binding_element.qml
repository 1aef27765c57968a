import QtQml

// Binding holds a target property to its value while `when` is true and gives
// back the previous value (or binding) when it stops; restoreMode and delayed.
QtObject {
    id: root
    property int source: 1
    property bool active: false
    property QtObject target: QtObject {
        id: t
        property int value: 100
        property int bound: root.source + 1000
        onValueChanged: console.log("value changed to", value)
    }
    property Binding b: Binding {
        id: bind
        target: t
        property: "value"
        value: root.source * 10
        when: root.active
    }
    property Binding b2: Binding {
        target: t
        property: "bound"
        value: -root.source
        when: root.source > 2
    }
    Component.onCompleted: {
        console.log("start", t.value, t.bound)
        active = true
        console.log("active", t.value)
        source = 2
        console.log("source 2", t.value, t.bound)
        active = false
        console.log("inactive", t.value)
        t.value = 5
        active = true
        console.log("active again", t.value)
        active = false
        console.log("inactive again", t.value)
        source = 3
        console.log("b2 holds", t.bound)
        source = 1
        console.log("b2 released, binding back", t.bound)
        console.log(bind.restoreMode === Binding.RestoreBindingOrValue, bind.delayed, Binding.RestoreNone, Binding.RestoreBinding, Binding.RestoreValue)
        Qt.quit()
    }
}
