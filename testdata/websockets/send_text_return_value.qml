import QtQml
import QtWebSockets

// sendTextMessage returns the number of bytes sent (UTF-8 payload length):
// ASCII, Latin-1, CJK, an emoji (surrogate pair) and the empty string. The
// server prints what arrives, in order.
QtObject {
    id: root
    property var samples: ["hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\ud83d\ude00", "", "a\u0000b"]
    property int received: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                var codes = []
                for (var i = 0; i < m.length; i++) codes.push(m.charCodeAt(i).toString(16))
                console.log("server received length", m.length, "codes", JSON.stringify(codes.join(" ")))
                if (++root.received === root.samples.length)
                    Qt.quit()
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            for (var i = 0; i < root.samples.length; i++)
                console.log("sendTextMessage", JSON.stringify(root.samples[i]), "length", root.samples[i].length, "returned", client.sendTextMessage(root.samples[i]))
        }
    }

    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
