.pragma library

var items = []

function add(x) {
    items.push(x)
    return items.length
}

function all() {
    return items.join(",")
}
