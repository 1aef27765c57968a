// An unqualified write resolves its name as a read does: an id or a signal
// or method found first is not a property, and the write is refused. A
// handler reading and writing the same names over and over sees the same
// resolution every time, and int and real properties convert what they get.
import QtQml
QtObject {
    id: root
    property int shadowed: 1
    property int foo: 10
    property int counter: 0
    property real ratio: 0
    signal sig()
    property QtObject kid: QtObject {
        id: shadowed
        objectName: "kid"
        property int n: 0
        function foo() { return "method" }
        signal bar()
        function a() { console.log("a before"); foo = 1; console.log("a after") }
        function b() { console.log("b before"); bar = 1; console.log("b after") }
        function c() { console.log("c before"); shadowed = 1; console.log("c after") }
        function d() { console.log("d before"); sig = 1; console.log("d after") }
        function e() { console.log("e before"); objectName = "x"; console.log("e after", objectName) }
        function f() { console.log("f before"); run = 1; console.log("f after") }
        function g() { console.log("g before"); onBar = 1; console.log("g after") }
        function run() {
            for (const fn of [a, b, c, d, e, f, g, a, c, e]) {
                try { fn() } catch (err) { console.log("caught", err.name, err.message) }
            }
            for (var i = 0; i < 3; i++) {
                n = n + 1
                console.log("n", n, "foo", typeof foo, "shadowed", shadowed.objectName)
            }
        }
    }
    Component.onCompleted: {
        for (var i = 0; i < 3; i++) {
            root.shadowed = i + 100
            console.log("shadowed reads", shadowed.objectName, "root.shadowed", root.shadowed)
            counter = counter + 2
            console.log("counter", counter)
        }
        kid.run()
        console.log("root.foo", root.foo, typeof root.kid.foo)
        for (var j = 0; j < 2; j++) {
            counter = "7"
            console.log("counter from string", counter, typeof counter)
            counter = 2.7
            console.log("counter from real", counter)
            counter = 3000000000
            console.log("counter from large", counter)
            counter = -5
            console.log("counter from negative", counter)
            ratio = 3
            console.log("ratio from int", ratio)
            ratio = 0.5
            console.log("ratio from real", ratio)
            ratio = "2.25"
            console.log("ratio from string", ratio)
        }
        Qt.quit()
    }
}
