import QtQml

// Signal parameters of real, bool, url, var and date given values of every kind.

QtObject {
    id: root
    signal sr(real v)
    signal sb(bool v)
    signal su(url v)
    signal sv(var v)
    signal sd(date v)
    onSr: function (v) { console.log("real", v, typeof v) }
    onSb: function (v) { console.log("bool", v, typeof v) }
    onSu: function (v) { console.log("url", v, typeof v) }
    onSv: function (v) { console.log("var", v, typeof v) }
    onSd: function (v) { console.log("date", v, typeof v) }
    Component.onCompleted: {
        for (var z of ["3.5", "abc", "", null, undefined, true, [2], {}, 7]) {
            try { sr(z) } catch (e) { console.log("sr!", e.message) }
            try { sb(z) } catch (e) { console.log("sb!", e.message) }
            try { su(z) } catch (e) { console.log("su!", e.message) }
            try { sv(z) } catch (e) { console.log("sv!", e.message) }
        }
        for (var w of ["2020-01-02", 0, null, "x"]) { try { sd(w) } catch (e) { console.log("sd!", e.message) } }
        Qt.exit(0)
    }
}
