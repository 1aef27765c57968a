import QtQml

// Number formatting and parsing edge cases met in everyday code.

QtObject {
    Component.onCompleted: {
        console.log((0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1.005).toFixed(2), (1.45).toFixed(1), (-1.5).toFixed(0), (1e21).toFixed(2), (123.456).toFixed(10))
        console.log((0.000001).toString(), (1e-7).toString(), (123456789).toExponential(), (0).toExponential(2), (255).toString(36), (-255).toString(2), (0.5).toString(2), (3.75).toString(16))
        console.log((1234.5678).toPrecision(6), (0.00001234).toPrecision(2), (1e21).toPrecision(3), (123).toPrecision(2), (99.99).toPrecision(3))
        console.log(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE * 2, 2 ** 31, 2 ** 32 + 0.5, 0.1 * 0.2, 9007199254740993, 1 / 7)
        console.log(parseInt("  -42abc"), parseInt("0b11"), parseInt("1e3"), parseInt(""), parseInt("ff", 16), parseInt("z", 36), parseInt(0.0000005), parseFloat(".5e1"), parseFloat("-.5"), parseFloat("Infinityx"))
        console.log(Number("0b101"), Number("0o17"), Number("0x"), Number("1_000"), Number("+.5"), Number("5."), Number("\n 7 \t"), +[], +[1, 2], +{}, +"", +true, +new Date(5))
        console.log(String(123.0), String(-0), (-0).toString(), JSON.stringify(-0), Object.is(-0, 0), 1 / -0, [0, -0].indexOf(-0), [NaN].indexOf(NaN), [NaN].includes(NaN))
        console.log(5 / 2, 5 >> 1, -5 >>> 28, 1 << 31, 2 ** -1, (-8) ** (1 / 3), 0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1.15 * 100)
        console.log(Math.round(0.49999999999999994), Math.round(-0.5), Math.round(1.5), Math.round(-1.5), Math.floor(-0), Math.max(NaN, 1), Math.min(-0, 0), Math.atan2(0, -0))
        console.log(Number(12345.6789).toLocaleString(), Number(-0.5).toLocaleString(), Number(1e21).toLocaleString(), Number(NaN).toLocaleString(), (1234.5).toLocaleString(Qt.locale(), "f", 3))
        Qt.exit(0)
    }
}
