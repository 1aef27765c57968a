import QtQml
QtObject {
    id: root
    property Connections c: Connections { target: Qt.application; function onAboutToQuit() { console.log("aboutToQuit", root.objectName) } }
    Component.onCompleted: {
        console.log(Qt.application.state, Qt.application.layoutDirection, typeof Qt.application.aboutToQuit, Qt.application.arguments.length > 0, Qt.application.displayName, Qt.application.font === undefined)
        Qt.application.aboutToQuit.connect(function () { console.log("connected fn") })
        objectName = "named"
        Qt.callLater(Qt.quit)
    }
    Component.onDestruction: console.log("destruction")
}
