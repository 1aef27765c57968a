import QtQml

// Frozen, sealed and defined properties, proxies, Reflect and key order; strict-mode failures are Qt's "Type error".

QtObject {
    function t(label, f) { try { console.log(label, f()) } catch (e) { console.log(label, "!", e.name, e.message) } }
    Component.onCompleted: {
        t("freeze", function () { var o = Object.freeze({ a: 1 }); o.a = 2; o.b = 3; return JSON.stringify(o) + Object.isFrozen(o) })
        t("freezeStrict", function () { "use strict"; var o = Object.freeze({ a: 1 }); o.a = 2 })
        t("addStrict", function () { "use strict"; var o = Object.preventExtensions({}); o.x = 1 })
        t("deleteStrict", function () { "use strict"; var o = Object.seal({ a: 1 }); delete o.a })
        t("defineBad", function () { var o = {}; Object.defineProperty(o, "x", { get: function () {}, value: 1 }) })
        t("redefine", function () { var o = {}; Object.defineProperty(o, "x", { value: 1 }); Object.defineProperty(o, "x", { value: 2 }) })
        t("proxy", function () { var p = new Proxy({}, { get: function (t, k) { return "got " + String(k) } }); return p.foo })
        t("reflect", function () { return Reflect.ownKeys({ b: 1, a: 2, 1: 3 }).join() + " " + Reflect.has({ x: 1 }, "x") })
        t("getterThrow", function () { var o = { get g() { throw new Error("in getter") } }; return o.g })
        t("setterOnly", function () { var o = { set s(v) {} }; return String(o.s) })
        t("protoLoop", function () { var a = {}, b = Object.create(a); Object.setPrototypeOf(a, b) })
        t("symbolKey", function () { var s = Symbol("k"); var o = {}; o[s] = 1; return Object.keys(o).length + " " + JSON.stringify(o) + " " + o[s] })
        t("weakmap", function () { var w = new WeakMap(); var k = {}; w.set(k, 5); return w.get(k) + " " + w.has({}) })
        t("numKeys", function () { var o = { 10: "a", 2: "b", x: "c", "-1": "d", 1.5: "e" }; return Object.keys(o).join() })
        t("arrayLen", function () { var a = [1, 2, 3]; a.length = 1; a[5] = 6; return a.length + " " + JSON.stringify(a) })
        Qt.exit(0)
    }
}
