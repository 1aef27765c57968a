import QtQml
QtObject {
    Component.onCompleted: {
        var ls = [Qt.locale("C"), Qt.locale("en_US"), Qt.locale("de_DE"), Qt.locale("fr_FR")]
        var ns = [0, -0, 1, -42, 0.5, 1234567.891, 1e21, 1e-7, 123.456, -0.001, NaN, Infinity, -Infinity, 999.995, 2.5, 1e15]
        for (var i = 0; i < ls.length; i++) {
            var l = ls[i], out = []
            for (var j = 0; j < ns.length; j++) {
                var n = ns[j]
                out.push([n.toLocaleString(l), n.toLocaleString(l, "f", 0), n.toLocaleString(l, "f", 3), n.toLocaleString(l, "e"), n.toLocaleString(l, "e", 0), n.toLocaleString(l, "g"), n.toLocaleString(l, "g", 6), n.toLocaleString(l, "E", 2), n.toLocaleString(l, "G", 3)].join("|"))
            }
            console.log(l.name, JSON.stringify(out))
            var ins = ["1234,5", "1.234,5", "1,234.5", " 12 ", "-3e2", "", "12", "1234.5", "1 234,5", "1\u00a0234,5", "1\u202f234,5"], res = []
            for (var k = 0; k < ins.length; k++) { try { res.push(Number.fromLocaleString(l, ins[k])) } catch (e) { res.push("E:" + e.message) } }
            console.log(l.name, JSON.stringify(res))
        }
        console.log((1234.5).toLocaleString(Qt.locale(), "x", 2))
        try { console.log(Number.fromLocaleString(Qt.locale(), "abc")) } catch (e) { console.log("err", e.message) }
        console.log((5).toLocaleCurrencyString(Qt.locale("en_US")), (5).toLocaleCurrencyString(Qt.locale("de_DE")), (5).toLocaleCurrencyString(Qt.locale("en_US"), "USD "), (1234.5).toLocaleCurrencyString(Qt.locale()))
        Qt.quit()
    }
}
