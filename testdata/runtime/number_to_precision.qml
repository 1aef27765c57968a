import QtQml
// Number.prototype.toPrecision as Qt 6.4 formats it (QLocale's 'g' form):
// exponential from 1e-5 down, trailing zeros counted with the zeros after
// the point, halfway values rounded up; Qt's RangeError text.
QtObject {
    Component.onCompleted: {
        var vals = [0.1234, 0.01234, 0.001234, 0.0001234, 0.00001234, 0.000001234, 0.0000001234, 123456, 1234.5678, 99.99, 0, -0.00001234, 1e21, 5e-7, 1.5, 255, 0.5]
        for (var p of [1, 2, 3, 6, 10]) console.log(p, vals.map(v => v.toPrecision(p)).join(" "))
        console.log((123.456).toPrecision(), (1e-7).toPrecision(3), (1e-6).toPrecision(3), (-1.5e-9).toPrecision(4))
        console.log((9.99).toPrecision(2), (0.000099999).toPrecision(2), (99999).toPrecision(3), (-0).toPrecision(3), (5).toPrecision(1), new Number(0.00001).toPrecision(2), (0.1).toPrecision(21))
        console.log((1e-5).toPrecision(1), (0.00009).toPrecision(1), (0.0000999).toPrecision(2), (1.005).toPrecision(3), (2.5).toPrecision(1), (-123.456).toPrecision(4), (0.125).toPrecision(2), (9.5).toPrecision(1))
        try { (1).toPrecision(0) } catch (e) { console.log(e.name, e.message) }
        try { (1).toPrecision(101) } catch (e) { console.log(e.name, e.message) }
        console.log(NaN.toPrecision(3), Infinity.toPrecision(2), (1).toPrecision(undefined))
        Qt.quit()
    }
}
