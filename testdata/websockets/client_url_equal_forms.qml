import QtQml
import QtWebSockets

// Setting an open client's url to a text QUrl reads as the same url (scheme
// in upper case, an IPv4 host with a leading zero) changes nothing: no
// urlChanged, the connection stays open. A trailing "/" is a different url:
// the connection is closed and reopened. A normalised url is still a url
// value (typeof object).
QtObject {
    id: root
    property bool done: false
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: console.log("server clientConnected")
    }
    property WebSocket client: WebSocket {
        id: client
        onUrlChanged: console.log("client urlChanged", client.url, typeof client.url)
        onStatusChanged: function(s) {
            console.log("client status", s)
            if (s === WebSocket.Open && !root.done) {
                root.done = true
                var u = String(server.url)
                client.url = u.replace("ws:", "WS:")
                console.log("after WS:", client.status)
                client.url = u.replace("127.0.0.1", "127.0.0.01")
                console.log("after 127.0.0.01", client.status)
                client.url = u + "/"
                console.log("after slash", client.status)
            } else if (s === WebSocket.Open) {
                client.active = false
            } else if (s === WebSocket.Closed && !client.active) {
                Qt.quit()
            }
        }
    }
    Component.onCompleted: {
        client.url = String(server.url).replace("127.0.0.1", "127.1")
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
