import QtQml
// A var property holding an object that has been destroyed reads null.
QtObject {
    id: root
    property var x: null
    property QtObject y: null
    Component.onCompleted: {
        x = Qt.createQmlObject('import QtQml; QtObject {}', root)
        y = x
        x.destroy()
        t.start()
    }
    property Timer t: Timer { id: t; interval: 10; onTriggered: { console.log("x", root.x, root.y, typeof root.x, root.x === null); Qt.quit() } }
}
