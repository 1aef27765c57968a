import QtQml

QtObject {
    id: root
    function inner(x) {
        console.trace()
        console.assert(x > 5, "x too small:", x)
        console.count()
        console.count("lbl")
        console.count()
        return x
    }
    function outer() { return inner(3) }
    signal s()
    onS: outer()
    Component.onCompleted: {
        s()
        var arrow = () => inner(1)
        arrow()
        console.info("info", 1, [2])
        console.debug("debug", { a: 1 })
        console.warn("warn", null)
        console.error("error", undefined)
        console.exception("exc", 5)
        console.assert(true, "never")
        console.assert(false)
        console.assert(0, "zero")
        console.log()
        console.log("")
        print("print", 1, 2)
        Qt.quit()
    }
}
