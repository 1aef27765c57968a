import QtQml

// Everyday string and regular expression methods.

QtObject {
    function t(label, f) { try { console.log(label, f()) } catch (e) { console.log(label, "!", e.name, e.message) } }
    Component.onCompleted: {
        t("sticky", function () { var r = /a/y; r.lastIndex = 1; return [r.test("ba"), r.lastIndex] })
        t("unicode", function () { return [/\u{1F600}/u.test("😀"), "😀".length, [..."😀a"].length] })
        t("flags", function () { return [/x/gimuy.flags, /x/g.source] })
        t("replace$", function () { return "John Smith".replace(/(\w+)\s(\w+)/, "$2, $1 $& $$") })
        t("split", function () { return ["a1b2c3".split(/\d/), "abc".split(""), "a,b,".split(","), "test".split("", 2)] })
        t("matchg", function () { return "a1b22c333".match(/\d+/g) })
        t("search", function () { return ["hello".search(/l+/), "abc".lastIndexOf("c"), "aXbX".replace("X", "-")] })
        t("case", function () { return ["straße".toUpperCase(), "İ".toLowerCase().length, "ǅ".toLowerCase(), "ß".localeCompare("ss")] })
        t("normalize", function () { return ["e\u0301".normalize("NFC").length, "é".normalize("NFD").length] })
        t("codepoint", function () { return ["😀".codePointAt(0), String.fromCodePoint(128512), "😀".charCodeAt(1)] })
        t("cmp", function () { return ["a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("B"), ["b", "A", "a", "B"].sort(function (x, y) { return x.localeCompare(y) })] })
        t("badre", function () { return new RegExp("(?<n>a)\\k<n>").test("aa") })
        t("backref", function () { return /(a)\1/.test("aa") })
        t("lastIndex", function () { var r = /o/g; var s = "foo"; var out = []; var m; while ((m = r.exec(s))) out.push(m.index); return out })
        t("str", function () { return ["abc".substr(-2, 1), "abc".substring(2, 0), "abc".slice(-2), "a".repeat(3), "abc".startsWith("b", 1), "abc".endsWith("b", 2)] })
        t("trim", function () { return ["\u00a0x\u2003".trim().length, "\ufeffx".trim()] })
        t("tmpl", function () { var tag = function (s, ...v) { return s.raw.join("|") + v.join(",") }; return tag`a${1}b${2}c` })
        Qt.exit(0)
    }
}
