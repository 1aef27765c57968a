.pragma library

function square(x) { return x * x }
var loads = 0
loads++
