import QtQml

// Object's functions refuse null and undefined with Qt's words, and a
// prototype that is neither an object nor null with a bare "Type error".
QtObject {
    Component.onCompleted: {
        var names = ["keys", "values", "entries", "getOwnPropertyNames", "getPrototypeOf", "assign",
                     "getOwnPropertyDescriptor", "getOwnPropertyDescriptors", "getOwnPropertySymbols",
                     "create", "setPrototypeOf", "freeze", "isFrozen"]
        for (var i = 0; i < names.length; i++) {
            for (var v of [null, undefined, 5, "s"]) {
                try {
                    var r = Object[names[i]](v)
                    console.log(names[i], v, "gives", typeof r)
                } catch (e) {
                    console.log(names[i], v, e.name, e.message)
                }
            }
        }
        try { Object.setPrototypeOf({}, 5) } catch (e) { console.log("setPrototypeOf({}, 5)", e.message) }
        console.log(Object.keys({ b: 1, a: 2 }), Object.create(null) !== null, Object.keys.name)
        Qt.quit()
    }
}
