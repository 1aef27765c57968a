function twice(x) { return x * 2 }
function who() { return typeof root !== "undefined" ? "sees root" : "no root" }
