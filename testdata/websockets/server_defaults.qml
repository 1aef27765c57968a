import QtQml
import QtWebSockets

// WebSocketServer property values when nothing is set and it is not listening.
QtObject {
    property WebSocketServer server: WebSocketServer {}

    Component.onCompleted: {
        console.log("accept", server.accept)
        console.log("errorString", JSON.stringify(server.errorString))
        console.log("host", JSON.stringify(server.host))
        console.log("listen", server.listen)
        console.log("name", JSON.stringify(server.name))
        console.log("port", server.port)
        console.log("supportedSubprotocols", JSON.stringify(server.supportedSubprotocols), server.supportedSubprotocols.length)
        console.log("url", server.url)
        console.log("url string", JSON.stringify(server.url.toString()), "typeof", typeof server.url)
        console.log("url ends with :0", server.url.toString().endsWith(":0"))
        console.log("server", server)
        Qt.quit()
    }
}
