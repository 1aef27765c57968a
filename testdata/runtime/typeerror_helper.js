.pragma library
var cache = null
var missing
function lookup(key) {
    return cache.entries[key]
}
function lookupMissing(key) {
    return missing.entries[key]
}
function call(obj) {
    return obj.method()
}
function setCache() {
    cache.size = 1
}
