function shout(s) { return s.toUpperCase() + "!" }
var count = 0
function bump() { return ++count }
