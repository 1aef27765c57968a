import QtQml

// The property descriptors of error prototypes and instances; strict assignment of name throws.

QtObject {
    Component.onCompleted: {
        console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Error.prototype, "name")), JSON.stringify(Object.getOwnPropertyDescriptor(Error.prototype, "message")))
        console.log(JSON.stringify(Object.getOwnPropertyDescriptor(TypeError.prototype, "name")), JSON.stringify(Object.getOwnPropertyDescriptor(TypeError.prototype, "message")))
        var e = new Error("x"); console.log(JSON.stringify(Object.getOwnPropertyDescriptor(e, "message")))
        try { (function () { "use strict"; var c = new Error("c"); c.name = "N" })(); console.log("strict ok") } catch (x) { console.log("strict threw", x.message) }
        var d = new Error("d"); Object.defineProperty(d, "name", { value: "Defined" }); console.log(d, String(d))
        Qt.exit(0)
    }
}
