import QtQml
import QtWebSockets

// Qt.quit() with three clients connected: at teardown the server-side
// sockets report statusChanged(3) to their JS handlers in the order they
// connected. (The handlers use only their own variables: ids read null by
// then, see quit_with_connections_open.)
QtObject {
    id: root
    property int n: 0
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            var id = ++root.n
            console.log("server clientConnected", id)
            webSocket.statusChanged.connect(function(s) { console.log("server socket", id, "status", s) })
            if (id === 3)
                quit.start()
        }
    }
    property WebSocket c1: WebSocket { url: server.url; active: true }
    property WebSocket c2: WebSocket { url: server.url; active: true }
    property WebSocket c3: WebSocket { url: server.url; active: true }
    property Timer quit: Timer {
        id: quit
        interval: 100
        onTriggered: Qt.quit()
    }
}
