import QtQml
import QtWebSockets

// Text messages with non-ASCII content echoed by the server: lengths (UTF-16
// code units), byte counts returned by sendTextMessage, and the text itself.
QtObject {
    id: root
    property var texts: ["naïve café", "Ελληνικά", "中文 ✓", "😀👍🏽", "e\u0301", "\u200b\ufeff", "tab\tnewline\ncr\r", "\u00a0€\u2028", "ÿ"]
    property int i: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.textMessageReceived.connect(function(m) {
                webSocket.sendTextMessage("echo:" + m)
            })
        }
    }
    function send() {
        console.log("send", JSON.stringify(texts[i]), "length", texts[i].length, "returned", client.sendTextMessage(texts[i]))
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { if (s === WebSocket.Open) root.send() }
        onTextMessageReceived: function(m) {
            console.log("  got", JSON.stringify(m), m.length, m === "echo:" + root.texts[root.i])
            console.log("  ", m)
            if (++root.i === root.texts.length) {
                client.active = false
                Qt.quit()
                return
            }
            root.send()
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
