var libVar = 1
function setUndeclared() { libLeak = 7; return libLeak }
