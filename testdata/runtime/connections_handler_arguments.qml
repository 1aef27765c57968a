import QtQml

QtObject {
    id: root
    signal s(a: int, b: string)
    property Connections c: Connections {
        target: root
        function onS(x) { console.log("first param only", x, arguments.length) }
    }
    property Connections d: Connections {
        target: root
        function onS() { console.log("no params, arguments:", arguments.length, arguments[1]) }
    }
    Component.onCompleted: {
        s(1, "one")
        Qt.quit()
    }
}
