import QtQml
import QtWebSockets

// A client url with user info (an escaped space and '@'), an escaped '/' in
// the path, a space in the query and a fragment: the url reads in QUrl's
// pretty form (space decoded, %40 and %2F kept), the connection opens, and
// the server-side url has the request path and query (no user info, no
// fragment).
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) {
            console.log("server side url", webSocket.url)
            webSocket.active = false
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("client status", s, JSON.stringify(client.errorString), client.url)
            if (s === WebSocket.Closed)
                Qt.quit()
        }
    }
    Component.onCompleted: {
        client.url = String(server.url).replace("//", "//us%20er:p%40ss@") + "/p%2Fq?a=%20b#frag"
        client.active = true
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
