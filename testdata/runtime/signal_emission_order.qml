import QtQml

QtObject {
    id: root
    signal s(n: int)
    property Connections first: Connections {
        target: root
        function onS(n) { console.log("Connections first", n) }
    }
    onS: function (n) { console.log("own handler", n) }
    property Connections second: Connections {
        target: root
        function onS(n) { console.log("Connections second", n) }
    }
    Component.onCompleted: {
        s.connect(function (n) { console.log("connect()ed A", n) })
        s.connect(function (n) { console.log("connect()ed B", n) })
        s(1)
        Qt.quit()
    }
}
