var first = Qt.include("include_helpers.js")
console.log("first", JSON.stringify(first))
var missing = Qt.include("include_missing.js")
console.log("missing", missing.status, missing.statusText.replace(/file:.*\//, ""))
var failed = Qt.include("include_throws.js", function (s) { console.log("callback", s.status, s.exception) })
console.log("failed", failed.status, failed.exception)
function use() { return helperFormat(helperValue) }
function again() { return Qt.include("include_helpers.js").status }
