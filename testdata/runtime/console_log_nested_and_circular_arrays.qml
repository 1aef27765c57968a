import QtQml
// console.log prints nested arrays at any depth, and an array inside
// itself as [Circular] (a repeated, non-enclosing array prints again).
QtObject {
    Component.onCompleted: {
        console.log([[[[[[[[[[[[1]]]]]]]]]]]])
        var a = [1]; var b = [a, a]; console.log(b)
        var c = [1]; var d = [c]; c.push(d); console.log(d, c)
        var e = []; e[0] = e; e[1] = [e]; console.log(e)
        var o = {x: 1}; var arr = [o, o]; o.arr = arr; console.log(arr)
        var f = [1]; f.push(f); console.log(f, [f], String([1, [2, 3]]))
        Qt.quit()
    }
}
