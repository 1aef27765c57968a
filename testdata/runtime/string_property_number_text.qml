import QtQml

// The text a string property gets for numbers (QString::number, shortest form).
QtObject {
    property string s
    Component.onCompleted: {
        var out = []
        for (var x of [Infinity, -Infinity, NaN, 1e21, 1e-7, 123456789012, 0.1 + 0.2, -0, 1e100, 5e-324, 1.5e300, 100, 1e15, 1e16, 0.000001, 10000, 1000000, 2147483647, 2147483648, -2147483649, 0.001, 0.0001, 0.00012, 0.000123, 1.5e-5, 12345678901234567890, -0.0001, 1.5, [3], "7"]) {
            s = x; out.push(x + "=" + s)
        }
        console.log(out.join("\n"))
        Qt.exit(0)
    }
}
