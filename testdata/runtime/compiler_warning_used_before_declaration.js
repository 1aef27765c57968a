.pragma library
// A function above a const it reads: Qt warns once the file compiles; a var
// at the top level is a property of the global object and never warns.
function f() { return LATER + 1 }
var g = function () { return ALSO }
const LATER = 1
var ALSO = 2
function h() { return LATER }
