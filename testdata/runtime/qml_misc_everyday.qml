import QtQml

// var and list properties, readonly, enums, String.arg, dynamic objects and Qt helpers in one document.

QtObject {
    id: root
    property var arr: [3, 1, 2]
    property var obj: ({ a: 1 })
    property int arrLen: arr.length
    property int objA: obj.a
    property list<QtObject> kids: [QtObject { objectName: "k1" }, QtObject { objectName: "k2" }]
    readonly property int ro: 5
    property alias kidCount: root.arrLen
    enum Mode { Off, On = 5, Auto }
    Component.onCompleted: {
        arr.push(4); console.log(arrLen, arr)
        arr = arr.concat([5]); console.log(arrLen)
        obj.a = 2; console.log(objA)
        obj = { a: 3 }; console.log(objA)
        console.log(kids.length, kids[0].objectName, Array.prototype.map.call(kids, function (k) { return k.objectName }))
        kids.push(Qt.createQmlObject("import QtQml; QtObject { objectName: 'k3' }", root))
        console.log(kids.length, kids[2].objectName)
        try { ro = 6 } catch (e) { console.log(e.message) }
        console.log(kidCount, root.Mode, root.Mode === undefined)
        console.log("%1 + %2 = %3".arg(1).arg(2).arg(3), "%1%".arg(50), "%2 %1".arg("a").arg("b"))
        console.log(Object.keys(root).indexOf("arr") >= 0, "arr" in root, root.hasOwnProperty("arr"), typeof root.toString, root.objectName === "")
        var comp = Qt.createComponent("data:text/plain,not qml")
        console.log(comp.status === Component.Error || comp.status === Component.Null, typeof comp.errorString)
        var c2 = Qt.createQmlObject("import QtQml; QtObject { property int v: 7; Component.onCompleted: console.log('dyn completed', v) }", root, "dyn")
        console.log("created", c2.v)
        c2.destroy()
        console.log("destroyed later?", c2 !== null)
        Qt.callLater(function () { console.log("after destroy", c2) ; Qt.exit(0) })
        console.log(Qt.md5("abc"), Qt.btoa("hi"), Qt.atob("aGk="), Qt.isQtObject(root), Qt.isQtObject({}))
        console.log(Qt.platform.os, typeof Qt.application.arguments, Qt.application.name === "" || typeof Qt.application.name)
        console.log(Qt.resolvedUrl("x/y.qml").toString().endsWith("/x/y.qml"), typeof Qt.url)
        console.log(Qt.rect(0, 0, 1, 1), Qt.size(2, 3), Qt.point(4, 5), Qt.point(4, 5).x)
    }
}
