import QtQml
// Which names count for Qt's "used before its declaration" warning:
// parameters and function declarations never; a name resolves to the
// innermost scope declaring it.
QtObject {
    function params(a, b) { a = b; var a; return a }
    function named() { var f = function g() { return g }; return f }
    function shadow() { var inner = function () { var v = 1; return v }; v = 2; var v; return inner() }
    function destructure(o) { x = 0; var { x, y } = o; [p] = [1]; var [p, q] = [2]; return x + p }
    function loops() { for (let i = 0; i < 1; i++) { j = i } for (var j of []) {} return j }
    function blocks() { var r = 0; { r = k; let k = 1 } return r }
    function arrows() { var f = () => w; var w = 3; return f() }
    function objects() { var o = { m() { return mm }, [kk]: 1 }; var mm = 1, kk = "k"; return o }
    function hoisted() { return helper(); function helper() { return 1 } }
    Component.onCompleted: {
        console.log(params(1, 2), named()() !== null, shadow(), destructure({ x: 1 }), loops(), arrows())
        objects(); hoisted()
        Qt.exit(0)
    }
}
