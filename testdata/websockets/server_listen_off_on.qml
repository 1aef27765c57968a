import QtQml
import QtWebSockets

// A listening server is switched off and on again: signals, url and port.
QtObject {
    id: root
    property int firstPort: 0
    property string firstUrl: ""

    property WebSocketServer server: WebSocketServer {
        id: server
        listen: true
        onListenChanged: console.log("listenChanged", server.listen)
        onPortChanged: console.log("portChanged", server.port > 0, server.port === root.firstPort)
        onUrlChanged: console.log("urlChanged", server.url)
        onHostChanged: console.log("hostChanged", server.host)
        onErrorStringChanged: console.log("errorStringChanged", server.errorString)
    }

    Component.onCompleted: {
        firstPort = server.port
        firstUrl = server.url
        console.log("listening", server.listen, server.url)
        console.log("-- off")
        server.listen = false
        console.log("after off", server.listen, server.port === firstPort, String(server.url) === firstUrl)
        step2.start()
    }

    property Timer step2: Timer {
        id: step2
        interval: 100
        onTriggered: {
            console.log("still off", server.listen)
            console.log("-- on")
            server.listen = true
            console.log("after on", server.listen, server.port === firstPort, String(server.url) === firstUrl)
            step3.start()
        }
    }
    property Timer step3: Timer {
        id: step3
        interval: 100
        onTriggered: {
            console.log("later", server.listen, server.port === firstPort)
            Qt.quit()
        }
    }
    property Timer safety: Timer {
        interval: 3000; running: true
        onTriggered: { console.log("timeout"); Qt.exit(2) }
    }
}
