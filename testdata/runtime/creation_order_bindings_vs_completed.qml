import QtQml

QtObject {
    id: root
    function note(what) { console.log(what); return 0 }
    property int r: note("root binding evaluated")
    Component.onCompleted: note("root completed")
    property QtObject a: QtObject {
        property int x: root.note("a binding evaluated")
        Component.onCompleted: root.note("a completed")
    }
    property QtObject b: QtObject {
        property int x: root.note("b binding evaluated")
        Component.onCompleted: { root.note("b completed"); Qt.quit() }
    }
}
