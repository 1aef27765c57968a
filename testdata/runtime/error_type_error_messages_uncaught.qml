import QtQml

// Uncaught TypeErrors name what Qt names: null or undefined, the method
// called, the object without the method, the value that is not a function.
QtObject {
    id: root
    property QtObject target: null
    property var unset
    property var config: ({ name: "cfg", size: 2 })
    property var list: [1, 2]
    property int num: 3
    property QtObject holder: QtObject {
        property QtObject inner: null
        property var nothing
    }
    property int fromNull: target.objectName.length
    property int fromUndefined: unset.size
    property int nested: holder.inner.value
    property string bracket: holder.inner["objectName"]

    signal run(var f)
    onRun: (f) => f()

    Component.onCompleted: {
        console.log("bindings:", fromNull, fromUndefined, nested, bracket)
        run(function () { target.doIt() })
        run(function () { unset.doIt(1) })
        run(function () { holder.nothing.doIt() })
        run(function () { holder.inner.doIt(1, 2) })
        run(function () { target.x += 1 })
        run(function () { root.target.x++ })
        run(function () { unset.x = 1 })
        run(function () { holder.inner.objectName = "q" })
        run(function () { holder.inner["objectName"] = "q" })
        run(function () { console.log(target.a.b) })
        run(function () { config.missing() })
        run(function () { config.name() })
        run(function () { list.nothing() })
        run(function () { num() })
        run(function () { var s = "text"; s() })
        run(function () { console.log(null.x) })
        console.log("done")
        Qt.quit()
    }
}
