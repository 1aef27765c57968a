import QtQml
import QtWebSockets

// A client refused by a port where nothing listens (Error) gets a new url
// pointing at a real server: the status sequence from Error, the
// errorString clearing, and active staying true throughout.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    property WebSocket client: WebSocket {
        id: client
        url: "ws://127.0.0.1:1"
        onActiveChanged: function(a) { console.log("activeChanged", a) }
        onUrlChanged: console.log("urlChanged", client.url === server.url ? "server" : client.url)
        onErrorStringChanged: function(e) { console.log("errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) {
            console.log("status", root.st(s), JSON.stringify(client.errorString), client.active)
            if (s === WebSocket.Error)
                retarget.start()
            else if (s === WebSocket.Open)
                done.start()
        }
    }
    Component.onCompleted: client.active = true
    property Timer retarget: Timer {
        id: retarget
        interval: 50
        onTriggered: {
            client.url = server.url
            console.log("after url change", root.st(client.status), JSON.stringify(client.errorString))
        }
    }
    property Timer done: Timer {
        id: done
        interval: 50
        onTriggered: {
            client.active = false
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
