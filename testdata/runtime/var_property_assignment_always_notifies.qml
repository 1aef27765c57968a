import QtQml

QtObject {
    id: root
    property var v: [1]
    property var o: ({ a: 1 })
    property var n: 1
    property string s: "a"
    property real r: 0.1
    property int count: 0
    onVChanged: console.log("vChanged", JSON.stringify(v))
    onOChanged: console.log("oChanged", JSON.stringify(o))
    onNChanged: console.log("nChanged", n)
    onSChanged: console.log("sChanged", s)
    onRChanged: console.log("rChanged", r)
    Component.onCompleted: {
        var arr = v
        v = arr
        console.log("same array assigned")
        v = [1]
        v.push(2)
        console.log("pushed", JSON.stringify(v), v === arr)
        o = o
        o.a = 5
        o = { a: 5 }
        n = 1
        n = 1.0
        n = "1"
        n = "1"
        n = NaN
        n = NaN
        n = undefined
        n = null
        s = "a"
        s = 'a'
        s = 5
        s = "5"
        r = 0.1
        r = 0.30000000000000004
        r = 0.1 + 0.2
        r = -0
        r = 0
        Qt.quit()
    }
}
