import QtQml
QtObject {
    id: root
    signal a(int n)
    signal b(int n)
    property QtObject other: QtObject {
        signal c(int n)
        function m(n) { console.log("other.m", n, this === root.other) }
    }
    function f(n) { console.log("f", n) }
    Component.onCompleted: {
        a.connect(b)
        b.connect(function (n) { console.log("b got", n) })
        a.connect(f)
        a.connect(f)
        a.connect(other.m)
        a.connect(other.c)
        other.c.connect(function (n) { console.log("c got", n) })
        a(1)
        a.disconnect(f)
        a(2)
        a.disconnect(b)
        a.disconnect(other.m)
        a(3)
        var g = function (n) { console.log("g", n); a.disconnect(g); a.connect(h) }
        var h = function (n) { console.log("h", n) }
        a.connect(g)
        a(4)
        a(5)
        Qt.exit(0)
    }
}
