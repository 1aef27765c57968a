// A worker script with a syntax error (see workerscript_syntax_error.qml).
var x = ;
