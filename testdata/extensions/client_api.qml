import QtQml
import QmlRun.WebSockets

// qmlrun extensions on a client socket: peer and request details, request
// headers, ping/pong, bytesWritten, close(code, reason) with closeCode and
// closeReason seen on both sides.
QtObject {
    id: root
    property var serverSide: null
    property WebSocketServer server: WebSocketServer {
        port: 0
        listen: true
        onClientConnected: function (ws) {
            root.serverSide = ws
            console.log("server side: origin", JSON.stringify(ws.origin), "path", ws.requestUrl.toString().replace(/:\d+/, ":PORT"))
            ws.onStatusChanged.connect(function (s) {
                if (s === WebSocket.Closed) {
                    console.log("server side closed:", ws.closeCode, ws.closeReason)
                    Qt.quit()
                }
            })
        }
    }
    property WebSocket client: WebSocket {
        requestedSubprotocols: ["chat"]
        onStatusChanged: function (s) {
            if (s !== WebSocket.Open)
                return
            console.log("peer", peerAddress, peerPort === server.port, peerName, requestUrl.toString() === url.toString())
            var h = requestHeaders()
            console.log("headers", h["sec-websocket-version"], h["sec-websocket-protocol"], h["host"] === "127.0.0.1:" + server.port)
            ping("hello")
        }
        onPong: function (elapsedTime, payload) {
            console.log("pong", elapsedTime >= 0, String.fromCharCode.apply(null, new Uint8Array(payload)))
            sendTextMessage("four")
        }
        onBytesWritten: function (bytes) { console.log("bytesWritten", bytes) }
    }
    property Connections watch: Connections {
        target: root.serverSide
        function onTextMessageReceived(m) {
            root.client.close(4000, "done: " + m)
            console.log("client after close:", root.client.status, root.client.active, root.client.closeCode, root.client.closeReason)
        }
    }
    Component.onCompleted: {
        client.url = server.url + "/chat?x=1"
        client.active = true
    }
    property Timer safety: Timer { interval: 5000; running: true; onTriggered: { console.log("timeout"); Qt.exit(1) } }
}
