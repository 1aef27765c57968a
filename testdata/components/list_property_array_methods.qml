import QtQml

QtObject {
    property QtObject a: QtObject { objectName: "a" }
    property QtObject b: QtObject { objectName: "b" }
    property QtObject c: QtObject { objectName: "c" }
    property list<QtObject> objs: [a, b, c]
    function n(o) { return o ? o.objectName : String(o) }
    Component.onCompleted: {
        var methods = ["push", "pop", "map", "forEach", "indexOf", "slice", "splice", "join", "toString"]
        console.log(methods.map(function(m) { return m + ":" + typeof objs[m] }).join(" "))
        console.log(String(objs), typeof objs, Array.isArray(objs), objs instanceof Array)
        console.log(JSON.stringify(Object.keys(objs)))
        var copy = Array.prototype.map.call(objs, n)
        console.log("Array.prototype.map.call", copy.join(","))
        var arr = Array.from(objs)
        console.log("Array.from", Array.isArray(arr), arr.length, arr.map(n).join(","))
        var s = []
        for (var k in objs) s.push(k)
        console.log("for-in", s.join(","))
        Qt.quit()
    }
}
