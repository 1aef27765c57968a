import QtQml

QtObject {
    property QtObject empty: null
    property var nil: null
    Component.onCompleted: {
        try { console.log(empty.objectName) } catch (e) { console.log(e.name, "|", e.message) }
        try { console.log(nil.x) } catch (e) { console.log(e.name, "|", e.message) }
        try { nil.x = 1 } catch (e) { console.log(e.name, "|", e.message) }
        Qt.quit()
        console.log(empty.objectName)
    }
}
