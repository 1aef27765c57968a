import QtQml
import QtWebSockets

// A server created at run time is destroyed while two clients are
// connected and its sockets have JavaScript handlers: what the handlers and
// the clients see.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var server: null
    property int n: 0
    property int closed: 0

    function makeClient(name) {
        var c = factory.createObject(root)
        c.statusChanged.connect(function(s) {
            console.log(name, "status", root.st(s), JSON.stringify(c.errorString))
            if (s === WebSocket.Closed && ++root.closed === 2)
                done.start()
        })
        c.url = server.url
        return c
    }
    property Component factory: Component { id: factory; WebSocket { } }
    property var c1: null
    property var c2: null

    Component.onCompleted: {
        server = Qt.createQmlObject('import QtWebSockets; WebSocketServer { listen: true }', root)
        server.clientConnected.connect(function(webSocket) {
            var id = ++root.n
            console.log("server clientConnected", id)
            webSocket.statusChanged.connect(function(s) {
                console.log("server socket", id, "status", s, "errorString", webSocket.errorString, "root.n", root.n)
            })
            if (id === 1)
                root.c2.active = true
            else
                kill.start()
        })
        c1 = makeClient("c1")
        c2 = makeClient("c2")
        c1.active = true
    }
    property Timer kill: Timer {
        id: kill
        interval: 100
        onTriggered: {
            console.log("destroying server")
            root.server.destroy()
        }
    }
    property Timer done: Timer {
        id: done
        interval: 100
        onTriggered: {
            console.log("server is", root.server)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
