// Helper for console_trace_js_import_entry.qml.
console.trace()
function f() { console.trace() }
var g = function() { console.trace() }
