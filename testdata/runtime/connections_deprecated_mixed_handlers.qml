import QtQml

QtObject {
    id: root
    signal ping(int n)
    signal pong()
    property QtObject other: QtObject { signal ping(int n) }
    property Connections c: Connections {
        target: root
        onPing: console.log("legacy ping", n)
        onMissingOne: console.log("never1")
        onPong: console.log("legacy pong")
        onMissingTwo: console.log("never2")
        function onPing(n) { console.log("function ping", n) }
    }
    Component.onCompleted: {
        ping(1)
        pong()
        c.target = other
        other.ping(2)
        ping(3)
        c.target = null
        c.target = root
        ping(4)
        Qt.quit()
    }
}
