import QtQml
QtObject {
    property var a: [function* g(x) { yield x }, function(){ }, (function() { return 1 })()]
    property var b: foo(function* (x) {}, class { m() {} }, (y) => { }, { f() {} }, function(a, b) { if (a) { } })
    function h() { for (var k in {a: 1}) {} for (var q of [1]) {} for (;;) { break } while (x) { if ((a)) { } } }
}
