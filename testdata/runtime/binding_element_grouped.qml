import QtQml

// Binding { id.property: value } (generalized grouped properties) beside the
// target/property/value form.

QtObject {
    id: root
    property int source: 1
    property bool active: false
    property QtObject target: QtObject {
        id: t
        property int value: 100
        property string label: "base"
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
        t.label: "from binding " + root.source
        when: root.active
    }
    Component.onCompleted: {
        console.log("start", t.value, t.label)
        active = true
        console.log("active", t.value, t.label)
        source = 2
        console.log("source 2", t.value, t.label)
        active = false
        console.log("inactive", t.value, t.label)
        t.value = 5
        active = true
        console.log("active again", t.value)
        active = false
        console.log("inactive again", t.value)
        console.log(bind.restoreMode === Binding.RestoreBindingOrValue, bind.delayed)
        Qt.quit()
    }
}
