import QtQml

QtObject {
    Component.onCompleted: {
        var xs = [0, -0, 1, -1, 12, 1234, 12345.678, 123456, 1234567, -987654.3, 0.5, 0.0001234, 0.00001234, 1e21, 1e-10, NaN, Infinity, -Infinity, 999999.5, 100000, 2.5e6]
        for (var i = 0; i < xs.length; i++) console.log(xs[i], xs[i].toLocaleString())
        console.log(typeof (5).toLocaleString(), Number.prototype.toLocaleString.call(42))
        Qt.quit()
    }
}
