import QtQml
import QtWebSockets

// A server that failed with "address in use" is moved to another fixed
// port (while listen is still true): it does not listen there (a client is
// refused) until listen is turned off and on; errorString along the way.
QtObject {
    id: root
    function st(s) { return s + " " + ["Connecting", "Open", "Closing", "Closed", "Error"][s] }
    property WebSocketServer first: WebSocketServer {
        id: first
        port: 29874
        listen: true
    }
    property WebSocketServer second: WebSocketServer {
        id: second
        port: 29874
        onListenChanged: console.log("second listenChanged", second.listen)
        onPortChanged: console.log("second portChanged", second.port)
        onErrorStringChanged: function(e) { console.log("second errorStringChanged", JSON.stringify(e)) }
        onClientConnected: function(webSocket) {
            console.log("second clientConnected")
            webSocket.sendTextMessage("hi")
        }
    }
    property WebSocket client: WebSocket {
        id: client
        property int errors: 0
        onStatusChanged: function(s) {
            console.log("client status", root.st(s), JSON.stringify(client.errorString))
            if (s === WebSocket.Error && ++errors === 1)
                step4.start()
        }
        onTextMessageReceived: function(m) {
            console.log("client got", m)
            client.active = false
            done.start()
        }
    }

    Component.onCompleted: {
        console.log("first listening", first.listen, first.port)
        second.listen = true
        console.log("second", second.listen, JSON.stringify(second.errorString))
        console.log("-- port = 29875")
        second.port = 29875
        console.log("second", second.listen, JSON.stringify(second.errorString))
        step2.start()
    }
    property Timer step2: Timer {
        id: step2
        interval: 100
        onTriggered: {
            console.log("later second", second.listen, JSON.stringify(second.errorString))
            console.log("-- listen = true")
            second.listen = true
            console.log("second", second.listen, JSON.stringify(second.errorString))
            step3.start()
        }
    }
    property Timer step3: Timer {
        id: step3
        interval: 100
        onTriggered: {
            console.log("later second", second.listen, JSON.stringify(second.errorString))
            client.url = "ws://127.0.0.1:29875"
            client.active = true
        }
    }
    property Timer step4: Timer {
        id: step4
        interval: 50
        onTriggered: {
            console.log("-- listen = false, listen = true")
            second.listen = false
            second.listen = true
            console.log("second", second.listen, JSON.stringify(second.errorString))
            client.active = false
            client.active = true
        }
    }
    property Timer done: Timer {
        id: done
        interval: 100
        onTriggered: Qt.quit()
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
