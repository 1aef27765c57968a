import QtQml
// Component.completed/destruction check connect()'s and disconnect()'s
// arguments as every signal does (no arguments: Qt's error, not a crash).
QtObject {
    id: root
    property QtObject child: QtObject {
        Component.onCompleted: {
            try { root.Component.completed.connect() } catch (e) { console.log("a", e.message) }
            try { root.Component.completed.connect(5, function () {}) } catch (e) { console.log("b", e.message) }
            try { root.Component.completed.connect(7) } catch (e) { console.log("c", e.message) }
            try { root.Component.destruction.disconnect(null, function () {}) } catch (e) { console.log("d", e.message) }
        }
    }
    Component.onCompleted: Qt.exit(0)
}
