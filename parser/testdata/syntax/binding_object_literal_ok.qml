import QtQml

// A block whose first tokens are a string or numeric literal and a colon is an
// object literal; other blocks are statements.
QtObject {
    property var a: { "a": 1 }
    property var b: { "a": 1, "b": { "c": [1, 2] } }
    property var c: { a: 1 }
    property var d: { 'a': 1 }
    property var e: { 1: 2 }
    property var f: { /* comment */ "a": 1 }
    property var g: { "a" }
    property var h: { "a"; }
    property var i: { }
    signal s()
    onS: { "ignored": true }
}
