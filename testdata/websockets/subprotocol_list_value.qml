import QtQml
import QtWebSockets

// What kind of value requestedSubprotocols reads as (a QStringList sequence
// in Qt, not a JavaScript Array), and how changing it in place behaves.
QtObject {
    id: root
    property WebSocket client: WebSocket {
        id: client
        requestedSubprotocols: ["a", "b"]
        onRequestedSubprotocolsChanged: console.log("  requestedSubprotocolsChanged", JSON.stringify(client.requestedSubprotocols))
    }
    Component.onCompleted: {
        var l = client.requestedSubprotocols
        console.log("Array.isArray", Array.isArray(l), "instanceof Array", l instanceof Array, "toString", String(l), Object.prototype.toString.call(l))
        console.log("length", l.length, "join", l.join("+"), "indexOf b", l.indexOf("b"), "JSON", JSON.stringify(l))
        console.log("push")
        l.push("c")
        console.log("  l", JSON.stringify(l), "property", JSON.stringify(client.requestedSubprotocols))
        console.log("push on the property")
        client.requestedSubprotocols.push("d")
        console.log("  property", JSON.stringify(client.requestedSubprotocols))
        console.log("index assignment")
        client.requestedSubprotocols[0] = "z"
        console.log("  property", JSON.stringify(client.requestedSubprotocols))
        Qt.quit()
    }
}
