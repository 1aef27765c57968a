import QtQml
import QtWebSockets

// Changing the url of a client while it is still Connecting (right after
// active = true, in the same JS turn): the first attempt is dropped and only
// the second server sees a client.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer serverA: WebSocketServer {
        id: serverA
        listen: true
        onClientConnected: function(webSocket) {
            console.log("A clientConnected", root.st(webSocket.status))
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
        onErrorStringChanged: function(e) { console.log("client errorStringChanged", JSON.stringify(e)) }
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Open)
                later.start()
        }
    }

    Component.onCompleted: {
        client.url = serverA.url
        client.active = true
        console.log("after active", root.st(client.status))
        client.url = serverB.url
        console.log("after url change", root.st(client.status))
    }
    property Timer later: Timer {
        id: later
        interval: 300
        onTriggered: {
            console.log("final", root.st(client.status), client.url === serverB.url)
            client.active = false
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
