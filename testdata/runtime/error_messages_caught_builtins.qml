import QtQml

// Messages of the errors the built-ins throw, as a catch block sees them.

QtObject {
    function t(label, f) {
        try { f(); console.log(label, "no error") } catch (e) { console.log(label, "|", e.name, "|", e.message) }
    }
    Component.onCompleted: {
        t("reduce", function () { [].reduce(function (a, b) { return a }) })
        t("reduceRight", function () { [].reduceRight(function (a, b) { return a }) })
        t("decodeURI", function () { decodeURI("%") })
        t("encodeURI", function () { encodeURIComponent("\uD800") })
        t("symstr", function () { return Symbol() + "" })
        t("symnum", function () { return +Symbol() })
        t("undef", function () { return notDefinedAnywhere })
        t("newnum", function () { return new 5 })
        t("nullcall", function () { return null() })
        t("repeat", function () { return "abc".repeat(-1) })
        t("iso", function () { return new Date(NaN).toISOString() })
        t("defprop", function () { Object.defineProperty(1, "x", {}) })
        t("frozen", function () { "use strict"; var o = Object.freeze({a: 1}); o.a = 2 })
        t("classcall", function () { class A {}; A() })
        t("inst", function () { return 1 instanceof 2 })
        t("in", function () { return "a" in 5 })
        t("fixed", function () { return (1.5).toFixed(101) })
        t("prec", function () { return (1.5).toPrecision(0) })
        t("radix", function () { return (15).toString(1) })
        t("cyc", function () { var o = {}; o.o = o; JSON.stringify(o) })
        t("setproto", function () { Object.setPrototypeOf(1) })
        t("keys", function () { Object.keys(null) })
        t("create", function () { Object.create(5) })
        t("spread", function () { var x = [...5] })
        t("iter", function () { for (var v of 5) {} })
        t("constassign", function () { const c = 1; c = 2 })
        t("getter", function () { var o = { get g() { return 1 } }; "use strict"; o.g = 2 })
        t("callundef", function () { var o = {}; o.f.g() })
        t("callnull", function () { var o = { f: null }; o.f() })
        t("callnum", function () { var o = { f: 1 }; o.f() })
        t("varcall", function () { var u; u() })
        t("throwstr", function () { throw "plain" })
        Qt.exit(0)
    }
}
