import QtQml

// Qt's methods are C++ methods with a fixed number of arguments: more
// than the longest overload takes is "Too many arguments" (trailing
// undefined ones aside); too few of an overloaded one lists the overloads.
QtObject {
    Component.onCompleted: {
        var calls = [
            ["binding", [function () {}, 1]],
            ["locale", ["de_DE", 5]],
            ["openUrlExternally", []],
            ["formatDate", [new Date(0), "yyyy", 1, 2]],
            ["formatTime", [new Date(0), "hh", 1, 2]],
            ["formatDateTime", [new Date(0), "yyyy", 1, 2]],
            ["resolvedUrl", ["a.qml", null, 1]],
            ["createComponent", ["a.qml", 0, null, 1]],
            ["include", []],
            ["include", ["a.js", null, 1]],
            ["locale", ["C", undefined]],
        ]
        for (var i = 0; i < calls.length; i++) {
            var name = calls[i][0]
            try {
                var r = Qt[name].apply(Qt, calls[i][1])
                console.log(name, calls[i][1].length, "gives", r)
            } catch (e) {
                console.log(name, calls[i][1].length, "throws", e.message)
            }
        }
        Qt.quit()
    }
}
