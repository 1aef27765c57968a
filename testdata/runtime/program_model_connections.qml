import QtQml

QtObject {
    id: root
    property QtObject model: QtObject {
        id: model
        property var rows: [{ id: 1, label: "one" }, { id: 2, label: "two" }]
        property int count: rows.length
        signal changed(string what)
        function remove(id) {
            var idx = rows.findIndex(r => r.id === id)
            if (idx < 0) throw new RangeError("no row " + id)
            rows.splice(idx, 1)
            rows = rows
            changed("removed " + id)
        }
    }
    property Connections watcher: Connections {
        target: model
        function onChanged(what) { console.log("model changed:", what, "count", model.count) }
        function onCountChanged() { console.log("count now", model.count) }
    }
    property int attempts: 0
    Component.onCompleted: {
        model.remove(1)
        try { model.remove(42) } catch (e) { console.log(e.name + ": " + e.message) }
        attempts++
        console.log(model.rows.map(r => r.label), attempts, model.count)
        model.remove(7)
    }
    Component.onDestruction: console.log("bye", attempts)
    property Timer end: Timer { interval: 20; running: true; onTriggered: Qt.quit() }
}
