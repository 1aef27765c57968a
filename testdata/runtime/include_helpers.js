var helperValue = 42
function helperFormat(x) { return "helper:" + x }
console.log("include_helpers.js evaluated")
