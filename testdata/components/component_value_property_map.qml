import QtQml

QtObject {
    property Component c: Component {
        QtObject {
            property int a: 1
            property int b: a * 10
            property string s: "default"
            property var v
            onAChanged: console.log("aChanged", a)
            onBChanged: console.log("bChanged", b)
            Component.onCompleted: console.log("completed", a, b, s, JSON.stringify(v))
        }
    }
    Component.onCompleted: {
        var o = c.createObject(null, { a: 3 })
        console.log("1:", o.a, o.b)
        var p = c.createObject(null, { b: 7, s: "given", v: [1, 2] })
        console.log("2:", p.a, p.b, p.s)
        p.a = 4
        console.log("2 after a=4:", p.a, p.b)
        var q = c.createObject(null, { a: "12", s: 42 })
        console.log("3:", q.a, typeof q.a, q.s, typeof q.s)
        Qt.quit()
    }
}
