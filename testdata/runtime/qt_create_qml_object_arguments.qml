import QtQml
// Qt.createQmlObject's arguments: fewer than two fit no overload (Qt lists
// the candidates twice), a null or undefined parent is refused, a parent
// that is no QObject cannot be converted, a fourth argument is one too
// many, a trailing undefined does not count.
QtObject {
    id: root
    Component.onCompleted: {
        try { Qt.createQmlObject('import QtQml; QtObject {}') } catch (e) { console.log("one:", e.name, e.message) }
        try { Qt.createQmlObject() } catch (e) { console.log("none:", e.message) }
        try { Qt.createQmlObject('import QtQml; QtObject {}', null) } catch (e) { console.log("null:", e.name, e.message) }
        try { Qt.createQmlObject('import QtQml; QtObject {}', undefined) } catch (e) { console.log("undefined:", e.name, e.message) }
        try { Qt.createQmlObject('import QtQml; QtObject {}', {}) } catch (e) { console.log("object:", e.name, e.message) }
        try { Qt.createQmlObject('import QtQml; QtObject {}', root, "u.qml", 5) } catch (e) { console.log("four:", e.name, e.message) }
        var o = Qt.createQmlObject('import QtQml; QtObject { objectName: "ok" }', root, undefined)
        console.log("trailing undefined:", o.objectName)
        Qt.quit()
    }
}
