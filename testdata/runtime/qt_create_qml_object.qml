import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        var o = Qt.createQmlObject('import QtQml; QtObject { objectName: "dynamic"; property int n: 42; Component.onCompleted: console.log("dynamic completed") }', root, "dyn")
        console.log(o.objectName, o.n, typeof o)
        var t = Qt.createQmlObject("import QtQml 2.15\nTimer { interval: 3; running: true; onTriggered: { console.log('dynamic timer'); Qt.quit() } }", root)
        console.log(t.interval, t.running)
    }
}
