import QtQml
import QtWebSockets

// How the url property reads back after assigning urls that QUrl normalises
// (scheme and host case, default port, dot segments, spaces) and whether
// urlChanged fires for an equal url.
QtObject {
    id: root
    property WebSocket client: WebSocket {
        id: client
        onUrlChanged: console.log("  urlChanged", client.url)
    }
    Component.onCompleted: {
        var urls = ["WS://EXAMPLE.com:80/A/../B", "ws://example.com:80/A/../B", "ws://example.com", "ws://example.com/",
                    "ws://example.com/a b", "ws://user:pw@example.com:1234/x", "ws://example.com/%7e", "Ws://ExAmple.COM"]
        for (var i = 0; i < urls.length; i++) {
            console.log("set", urls[i])
            client.url = urls[i]
            console.log("  reads", client.url)
        }
        Qt.quit()
    }
}
