import QtQml
import QtWebSockets

// listen = true assigned after creation on a server with a fixed port: the
// port does not change, so there is no re-listen and the server keeps
// listening (unlike port 0, see server_listen_set_later).
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }

    property WebSocketServer server: WebSocketServer {
        id: server
        port: 29873
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port)
        onUrlChanged: console.log("urlChanged", server.url)
        onHostChanged: console.log("hostChanged", server.host)
        onClientConnected: function(webSocket) {
            console.log("clientConnected")
            webSocket.sendTextMessage("hello")
        }
    }
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) { console.log("client status", root.st(s), JSON.stringify(client.errorString)) }
        onTextMessageReceived: function(m) {
            console.log("client got", m)
            client.active = false
            later.start()
        }
    }
    Component.onCompleted: {
        console.log("before", server.listen, server.url)
        server.listen = true
        console.log("after", server.listen, server.url, JSON.stringify(server.errorString))
        client.url = server.url
        wait.start()
    }
    property Timer wait: Timer {
        id: wait
        interval: 100
        onTriggered: {
            console.log("still listening", server.listen)
            client.active = true
        }
    }
    property Timer later: Timer {
        id: later
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
