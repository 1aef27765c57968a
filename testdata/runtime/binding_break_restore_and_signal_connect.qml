import QtQml

QtObject {
    id: root
    property int a: 1
    property int b: a * 2
    property int c: b + a
    property string label: "v" + c
    property var obj: ({ x: a })
    property real ratio: a / 3
    onAChanged: console.log("aChanged", a, b, c)
    onBChanged: console.log("bChanged", b)
    onCChanged: console.log("cChanged", c)
    onLabelChanged: console.log("labelChanged", label)
    onObjChanged: console.log("objChanged", JSON.stringify(obj))
    onRatioChanged: console.log("ratioChanged", ratio)
    signal fired(var payload, string tag)
    Component.onCompleted: {
        console.log("start", a, b, c, label, ratio)
        a = 2
        console.log("--- break b")
        b = 100
        a = 3
        console.log("b now", b, "c", c)
        console.log("--- restore b")
        b = Qt.binding(() => a * 10)
        a = 4
        console.log("--- same value")
        a = 4
        console.log("--- fired")
        var f = function (p, t) { console.log("js handler", JSON.stringify(p), t, arguments.length) }
        fired.connect(f)
        fired({ k: 1 }, "one")
        fired.disconnect(f)
        fired([1], "two")
        fired.connect(root, function (p) { console.log("with receiver", this === root, p) })
        fired(5, "three")
        console.log("--- chained signal to signal")
        Qt.quit()
    }
    onFired: (payload, tag) => console.log("onFired", payload, tag)
}
