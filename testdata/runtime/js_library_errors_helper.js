.pragma library

var counter = 0

function risky(o) {
    try {
        return o.value
    } catch (e) {
        return "caught " + e.message + " @" + e.lineNumber + " " + e.stack
    }
}

function thrower() {
    counter++
    throw new Error("from js " + counter)
}

function sum() {
    var s = 0
    for (var i = 0; i < arguments.length; i++) s += arguments[i]
    return s
}
