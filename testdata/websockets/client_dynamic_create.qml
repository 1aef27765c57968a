import QtQml
import QtWebSockets

// WebSocket objects created at run time with Qt.createQmlObject (url and
// active in the declaration) and with Component.createObject (initial
// properties): the status sequence of each.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property var a: null
    property var b: null
    property int opened: 0

    property Component factory: Component {
        id: factory
        WebSocket {
            onStatusChanged: function(s) { console.log("b status", root.st(s)); if (s === WebSocket.Open) root.up() }
            onActiveChanged: function(v) { console.log("b activeChanged", v) }
        }
    }
    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onClientConnected: function(webSocket) { console.log("server clientConnected") }
    }
    function up() {
        if (++opened === 2) {
            a.active = false
            b.active = false
            Qt.quit()
        }
    }
    Component.onCompleted: {
        a = Qt.createQmlObject('import QtWebSockets; WebSocket { url: "' + server.url + '"; active: true; '
                               + 'onStatusChanged: function(s) { console.log("a status", s); if (s === WebSocket.Open) root.up() } }', root)
        console.log("a created", root.st(a.status), JSON.stringify(a.errorString))
        b = factory.createObject(root, { url: server.url, active: true })
        console.log("b created", root.st(b.status), JSON.stringify(b.errorString))
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
