import QtQml

QtObject {
    id: root
    signal sig(int a)
    property Timer t: Timer {}
    Component.onCompleted: {
        console.log(JSON.stringify(root.sig.name), root.sig.length)
        console.log(root.destroy, root.toString, t.start, t.restart)
        console.log(root.sig.connect, root.onSigChanged, root.objectNameChanged)
        console.log(Qt.quit, Qt.callLater, Qt.binding, console.log)
        console.log(Qt.createQmlObject, Qt.formatDate, String(root.sig))
        Qt.quit()
    }
}
