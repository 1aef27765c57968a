import QtQml

// Built-in methods (Qt's additions included) are not enumerable: for-in
// over values of every kind lists only their own data.
QtObject {
    Component.onCompleted: {
        var seen = []
        var values = [function f() {}, JSON, 5, new Date(0), "ab", new Error("x"), Qt.locale(),
                      Object, ({}), console, console.log, Qt.quit, [1], Number.prototype,
                      String.prototype, Function.prototype, new XMLHttpRequest(), XMLHttpRequest,
                      (function () {}).bind(null)]
        for (var i = 0; i < values.length; i++) {
            var keys = []
            for (var k in values[i])
                keys.push(k)
            console.log(i, keys, Object.keys(values[i]).length)
        }
        Qt.quit()
    }
}
