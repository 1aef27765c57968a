import QtQml
// Qt compiles a block's function declarations first, by name, and a for
// loop's body before its update: its warnings come in that order.
QtObject {
    function f() {
        for (var i = 0; i < 1; i = upd) { bod; }
        zeta(); alpha()
        function zeta() { return z1; var z1 }
        function alpha() { return a1; var a1 }
        var upd = 1, bod = 2
        var cl = function () { return c1; var c1 }
        { blk; function inner() { return in1; var in1 } let blk }
    }
    Component.onCompleted: Qt.exit(0)
}
