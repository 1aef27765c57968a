import QtQml
import QtWebSockets

// Changing the url of an open client to a second server: the first
// connection is closed and the client connects to the new url.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int opens: 0

    property WebSocketServer serverA: WebSocketServer {
        id: serverA
        listen: true
        onClientConnected: function(webSocket) {
            console.log("A clientConnected", root.st(webSocket.status))
            webSocket.statusChanged.connect(function(s) { console.log("A socket status", root.st(s)) })
        }
    }
    property WebSocketServer serverB: WebSocketServer {
        id: serverB
        listen: true
        onClientConnected: function(webSocket) {
            console.log("B clientConnected", root.st(webSocket.status))
            webSocket.statusChanged.connect(function(s) {
                console.log("B socket status", root.st(s))
                if (s === WebSocket.Closed)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onUrlChanged: console.log("client urlChanged", client.url === serverA.url ? "A" : client.url === serverB.url ? "B" : client.url)
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                root.opens++
                if (root.opens === 1) {
                    client.url = serverB.url
                    console.log("after url change", root.st(client.status))
                } else {
                    later.start()
                }
            }
        }
    }

    Component.onCompleted: {
        console.log("different ports", serverA.port !== serverB.port)
        client.url = serverA.url
        client.active = true
    }
    property Timer later: Timer {
        id: later
        interval: 200
        onTriggered: {
            console.log("final", root.st(client.status), client.url === serverB.url)
            // close before quitting, so no handler runs while the document is torn down
            client.active = false
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
