import QtQml

QtObject {
    Component.onCompleted: {
        console.log("a1b22c333".match(/\d+/g), "abc".match(/x/), "abc".match(/(b)(c)/))
        console.log("2020-01-15".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"), "aaa".replace("a", "b"), "x.y.z".split("."))
        var m = /(?<year>\d{4})/.exec("in 2021!")
        console.log(m ? m.index : "none", m ? m[0] : "")
        console.log(/a/y.sticky, /a/u.unicode, /a/gi.flags)
        console.log("Straße".normalize("NFD").length, "abc".includes("b"), "abc".startsWith("ab"), [1, 2, 3].includes(2))
        console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ["b", "a", "C"].sort())
        console.log(Object.entries({a: 1, b: 2}), Object.values({a: 1}), Object.fromEntries ? "fromEntries" : "no fromEntries")
        console.log([1, [2, [3]]].flat ? "flat" : "no flat", typeof Array.prototype.flatMap, typeof String.prototype.trimStart, typeof Promise.allSettled)
        console.log(typeof globalThis, typeof queueMicrotask, typeof setTimeout, typeof WeakRef, typeof BigInt)
        console.log(Number("1_000"), 0b101, 0o17, 1e3.toString(), (25).toString(36))
        console.log([..."héllo"].length, Array.from({length: 3}, (_, i) => i * 2), [1, 2, 3].findLast ? "findLast" : "no findLast")
        console.log(String.raw`a\nb`, `multi
line`)
        Qt.quit()
    }
}
