// A .js resource with syntax Qt 6.4 refuses (catch without a binding) is
// unavailable, as in Qt.
function f() { try { return 1 } catch { return 2 } }
