import QtQml
import QtWebSockets

// A 1 MiB text message and its echo: lengths and a checksum of char codes.
QtObject {
    id: root
    property string big: ""
    function checksum(s) {
        var sum = 0
        for (var i = 0; i < s.length; i += 997)
            sum += s.charCodeAt(i) * (i % 13 + 1)
        return sum
    }

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                console.log("server received length", m.length, "checksum", root.checksum(m), "first", m.substring(0, 10), "last", m.substring(m.length - 10))
                console.log("server echo returned", webSocket.sendTextMessage(m))
            })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            if (s !== WebSocket.Open)
                return
            var chunk = ""
            for (var i = 0; i < 1024; i++)
                chunk += String.fromCharCode(33 + (i * 7) % 90)
            var parts = []
            for (var j = 0; j < 1024; j++)
                parts.push(chunk)
            root.big = parts.join("")
            console.log("client sends length", root.big.length, "checksum", root.checksum(root.big))
            console.log("client sendTextMessage returned", client.sendTextMessage(root.big))
        }
        onTextMessageReceived: function(m) {
            console.log("client received length", m.length, "checksum", root.checksum(m), "equal", m === root.big)
            Qt.quit()
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
