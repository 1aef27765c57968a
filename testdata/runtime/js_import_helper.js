.pragma library
var counter = 0
function bump() { counter++; return counter }
function fail() { return undefinedThing.x }
function describe(o) { return typeof o + ":" + o }
