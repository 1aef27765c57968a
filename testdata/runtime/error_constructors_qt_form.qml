import QtQml

// Errors a script makes: stack, fileName, lineNumber from the start, constructors' identity, no options argument.

QtObject {
    Component.onCompleted: {
        var e1 = new Error("x")
        console.log(e1.stack, e1.lineNumber, Object.getOwnPropertyNames(e1), e1 instanceof Error, e1.constructor === Error, String(e1))
        var e2 = TypeError("no new")
        console.log(e2.stack, e2 instanceof TypeError, e2 instanceof Error, e2.name, Object.getPrototypeOf(TypeError) === Error, TypeError.prototype.constructor === TypeError)
        console.log(Error.name, Error.length, typeof Error.prototype.toString, Error, TypeError)
        var e4 = new Error(); console.log(JSON.stringify(e4.message), Object.getOwnPropertyNames(e4), e4.hasOwnProperty("message"))
        try { null.x } catch (e) { console.log(e.constructor === TypeError, e instanceof TypeError, Object.getOwnPropertyNames(e)) }
        var e5 = new Error("opts", { cause: 1 }); console.log(e5.cause, Object.getOwnPropertyNames(e5))
        Qt.exit(0)
    }
}
