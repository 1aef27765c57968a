import QtQml

// Array sort: holes, undefined, a throwing comparator, strings in UTF-16 order, lists and array-likes.

QtObject {
    property list<int> li: [3, 1, 2]
    property var va: [3, 1, 2]
    Component.onCompleted: {
        var h = [5, , 3, undefined, 1, , 4]
        var r = h.sort()
        console.log(r === h, h.length, JSON.stringify(h), 1 in h, 5 in h, 6 in h)
        var calls = 0
        try { [4, 3, 2, 1, 0].sort(function (a, b) { calls++; if (a == 2) throw new Error("cmp " + a); return a - b }) } catch (e) { console.log("thrown", e.message, calls) }
        var objs = [{ toString: function () { return "b" } }, { toString: function () { return "a" } }, "c", 10, 9]
        console.log(objs.sort().map(String))
        li.sort(); console.log(li)
        va.sort(); console.log(va)
        var s = []; s[100000] = 1; s[5] = 2; s.sort(); console.log(s.length, s[0], s[1])
        console.log([2, 1].sort(null === null ? undefined : 0), ["é", "e", "z", "É", "😀", "\uffff"].sort())
        try { [1, 2].sort(5) } catch (e) { console.log("bad cmp", e.name, e.message) }
        var big = []; for (var i = 0; i < 200; i++) big.push({ k: i % 7, i: i })
        console.log(big.sort(function (a, b) { return a.k - b.k }).slice(0, 40).map(function (o) { return o.i }).join(","))
        console.log(Array.prototype.sort.call({ 0: "b", 1: "a", length: 2 }).length)
        Qt.exit(0)
    }
}
