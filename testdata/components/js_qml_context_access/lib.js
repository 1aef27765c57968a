.pragma library

function readRootValue() {
    try { return root.value } catch (e) { return e.name + ": " + e.message }
}
