import QtQml

QtObject {
    id: root
    property bool useFirst: true
    property QtObject first: QtObject { objectName: "first"; signal ping }
    property QtObject second: QtObject { objectName: "second"; signal ping }
    property Connections c: Connections {
        target: root.useFirst ? root.first : root.second
        function onPing() { console.log("ping via", c.target.objectName) }
    }
    Component.onCompleted: {
        first.ping()
        second.ping()
        useFirst = false
        first.ping()
        second.ping()
        Qt.quit()
    }
}
