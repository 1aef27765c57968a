import QtQml
import QtWebSockets

// Changing the url of an open client to "": the connection closes and
// nothing else is attempted; setting the url back connects again.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property int opens: 0

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            webSocket.statusChanged.connect(function(s) { console.log("server socket status", root.st(s)) })
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onUrlChanged: console.log("client urlChanged", JSON.stringify(String(client.url).replace(/:\d+/, ":N")))
        onActiveChanged: function(a) { console.log("client activeChanged", a) }
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open) {
                if (++root.opens === 1) {
                    console.log("-- url = \"\"")
                    client.url = ""
                    console.log("after", root.st(client.status), client.active)
                    step2.start()
                } else {
                    done.start()
                }
            }
        }
    }
    Component.onCompleted: {
        client.url = server.url
        client.active = true
    }
    property Timer step2: Timer {
        id: step2
        interval: 100
        onTriggered: {
            console.log("-- url = server.url")
            client.url = server.url
        }
    }
    property Timer done: Timer {
        id: done
        interval: 100
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
