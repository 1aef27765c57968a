import QtQml
import QtWebSockets

// A client url with user info (an escaped space and '@'), an escaped '/' in
// the path, a space in the query and a fragment; then one with non-ASCII
// user info, path, query and fragment: the url reads in QUrl's pretty form
// (space and UTF-8 decoded, %40 and %2F kept), the connection opens, and
// the server-side url has the request path and query (no user info, no
// fragment).
QtObject {
    id: root
    property int n: 0
    property var suffixes: [["//us%20er:p%40ss@", "/p%2Fq?a=%20b#frag"], ["//é:ü@", "/é?ü#ö"]]
    function next() {
        if (n >= suffixes.length) {
            Qt.quit()
            return
        }
        var s = suffixes[n++]
        client.url = String(server.url).replace("//", s[0]) + s[1]
        client.active = true
    }
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
            if (s === WebSocket.Closed) {
                client.active = false
                Qt.callLater(root.next)
            }
        }
    }
    Component.onCompleted: next()
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
