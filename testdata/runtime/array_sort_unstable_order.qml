import QtQml

// Array sort is Qt 4's unstable quicksort: ties, boolean comparators.

QtObject {
    Component.onCompleted: {
        var base = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]
        console.log(base.slice().sort(function (a, b) { return a > b }))
        console.log(base.slice().sort(function (a, b) { return a < b }))
        console.log(base.slice().sort(function (a, b) { return 0 }))
        console.log(base.slice(0, 5).sort(function (a, b) { return a > b }))
        var recs = [{ n: "b", k: 1 }, { n: "a", k: 2 }, { n: "c", k: 1 }, { n: "d", k: 2 }, { n: "e", k: 1 }, { n: "f", k: 0 }, { n: "g", k: 1 }, { n: "h", k: 2 }, { n: "i", k: 0 }, { n: "j", k: 1 }, { n: "k", k: 2 }, { n: "l", k: 1 }]
        console.log(recs.slice().sort(function (x, y) { return x.k - y.k }).map(function (r) { return r.n }).join(""))
        console.log([10, 9, 1, 2, undefined, null, "b", "a", NaN].sort())
        console.log(["b", undefined, "a", , "c"].sort(), [3, 2, 1].sort(undefined))
        var big = []; for (var i = 0; i < 40; i++) big.push((i * 7) % 13)
        console.log(big.sort(function (a, b) { return a > b }).join(","))
        Qt.exit(0)
    }
}
