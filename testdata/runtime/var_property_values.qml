import QtQml

QtObject {
    id: root
    property var v
    property var arr: [1, "two", [3]]
    property var obj: ({ a: 1, b: { c: 2 } })
    property var fn: function (x) { return x * 2 }
    property var o: root
    Component.onCompleted: {
        console.log(typeof v, v === undefined)
        console.log(typeof arr, Array.isArray(arr), arr.length, arr[2][0])
        console.log(typeof obj, obj.b.c)
        console.log(typeof fn, fn(21))
        console.log(o === root)
        v = null; console.log(v === null)
        v = 5; console.log(typeof v)
        v = "s"; console.log(typeof v)
        Qt.quit()
    }
}
