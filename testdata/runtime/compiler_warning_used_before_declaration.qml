import QtQml
QtObject {
    function f1() { g1(); function g1() {} }
    function f2() { x2 = 1; var x2; return x2 }
    function f3() { if (false) console.log(y3); let y3 = 1 }
    function f4() { var g = function () { return h4 }; var h4 = 2; return g() }
    function f5() { if (true) { z5 = 3 } var z5 = 1; return z5 }
    function f6() { for (var i = 0; i < 1; i++) { q6 += i } var q6 = 0 }
    function f7() { const c7 = () => d7; const d7 = 1; return c7() }
    function f8(a) { return a + b8; var b8 = 1 }
    property int p: { var r = s + 1; var s = 2; return r }
    Component.onCompleted: {
        console.log("start")
        f1(); f2(); f3(); f4(); f5(); f6(); f7(); f8(1)
        var u = w; var w = 1
        Qt.exit(0)
    }
}
