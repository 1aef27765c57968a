import QtQml

QtObject {
    id: root
    signal s(n: int)
    Component.onCompleted: {
        s.connect(function (n) { console.log("connect()ed before", n) })
        s(1)
        Qt.quit()
    }
    property Connections c: Connections {
        target: root
        function onS(n) { console.log("Connections", n) }
    }
    onS: function (n) { console.log("own handler", n) }
}
