import QtQml

// TypeError messages of calls and constructions of what is not a function, as a catch block sees them.

QtObject {
    id: root
    property var arr: [1, 2]
    property var obj: ({ m: 1 })
    function t(label, f) { try { f(); console.log(label, "ok") } catch (e) { console.log(label, "|", e.name, "|", e.message) } }
    Component.onCompleted: {
        t("map5", function () { [1].map(5) })
        t("mapUndef", function () { [1].map(undefined) })
        t("forEachStr", function () { [1].forEach("x") })
        t("filterObj", function () { [1].filter({}) })
        t("newPromise", function () { new Promise(5) })
        t("jsonUndef", function () { JSON.parse(undefined) })
        t("keysUndef", function () { Object.keys(undefined) })
        t("strMethod", function () { "abc".foo() })
        t("arrIdx", function () { arr[5].x })
        t("arrIdxCall", function () { arr[5]() })
        t("mathFoo", function () { Math.foo() })
        t("jsonFoo", function () { JSON.foo() })
        t("consoleFoo", function () { console.foo() })
        t("qtFoo", function () { Qt.foo() })
        t("chainCall", function () { obj.a.b.c() })
        t("thisCall", function () { this.nothing() })
        t("newUndef", function () { new undefined() })
        t("newObj", function () { new obj() })
        t("newMember", function () { new obj.m() })
        t("inNull", function () { "a" in null })
        t("destructNull", function () { var { a } = null })
        t("symbolNew", function () { new Symbol() })
        t("readOnlyLen", function () { "use strict"; "abc".length = 1 })
        Qt.exit(0)
    }
}
