var calls = 0

function shout(s) {
    calls++
    return s.toUpperCase() + "!"
}

function callCount() {
    return calls
}
