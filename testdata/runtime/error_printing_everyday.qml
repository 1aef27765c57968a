import QtQml

// Errors printed by console.log, print, String and JSON.

QtObject {
    Component.onCompleted: {
        try { null.x } catch (e) { console.log(e); print(e); console.log("" + e, e.toString(), String(e), JSON.stringify(e), [e], { e: e }.e.name) }
        var u = new URIError("u"); console.log(u, u.name, Object.prototype.toString.call(u))
        var plain = new Error(); console.log(plain, "[" + plain.message + "]", plain.toString())
        var custom = new Error("c"); custom.name = "MyError"; console.log(custom, custom.stack.split("\n")[0].replace(/file:.*\//, ""))
        console.warn(new RangeError("warned")); console.error(new TypeError("err"))
        Qt.exit(0)
    }
}
