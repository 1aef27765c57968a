.pragma library
function add(a, b) { return a + b }
function parse(s) { if (typeof s !== "string") throw new TypeError("not a string: " + s); return JSON.parse(s) }
function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)) }
