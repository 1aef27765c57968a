import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        try { root.noSuchMethod() } catch (e) { console.log(e.name, "|", e.message) }
        console.log(root.noSuchProperty)
        Qt.quit()
        root.noSuchMethod(1, 2)
    }
}
