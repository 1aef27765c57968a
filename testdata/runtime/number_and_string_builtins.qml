import QtQml

QtObject {
    Component.onCompleted: {
        console.log((1234567.891).toLocaleString(), (0).toLocaleString(), (-1234.5).toLocaleString())
        console.log((12).toString(2), (-255).toString(16), (3.75).toString(2), (1e21).toString(10))
        console.log((123.456).toFixed(), (0.001234).toPrecision(2), (123456).toExponential(2), (5e-7).toFixed(10))
        console.log(Number("  12  "), Number(""), Number("0x1F"), Number("1e3"), Number("abc"), Number(null), Number([5]))
        console.log(parseInt("0x1F"), parseInt("1e3"), parseInt(""), parseFloat(".5"), parseInt("  -42px"))
        console.log(1 / 0, -1 / 0, 0 / 0, -0 === 0, Object.is(-0, 0), 5 % -3, -5 % 3)
        console.log(0.1 * 3, 1e300 * 1e10, 2 ** -1074, 123e-20, 1.5e300)
        console.log(100 .toString(), 1e6, 1e16, 1.2345678901234567e+25, 123456789.123456789)
        console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.trunc(-4.7), Math.abs(-0), Math.hypot(3, 4))
        console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.parseFloat === parseFloat)
        console.log("%1 + %2 = %3".arg(1).arg(2).arg(3), "%1%2".arg("a").arg("b"), "%2 %1".arg("x").arg("y"))
        console.log("%1".arg(1.5), "%1".arg(true), "%1".arg(null), "%1".arg(undefined), "%1".arg([1, 2]), "%1".arg({}))
        console.log("%1 %1".arg("r"), "%1 %3".arg("a"), "%10".arg("t"), "100%".arg(1))
        console.log("abc".padStart(6, "-"), "abc".padEnd(5) + "|", "x".repeat(3))
        console.log("abc".codePointAt(1), String.fromCharCode(72, 105), "ß".toUpperCase(), "İ".toLowerCase().length)
        console.log("a,b,,c".split(","), "abc".split(""), "x".localeCompare("y"), "b" < "a")
        console.log("%1".arg(0.1 + 0.2), "%1".arg(1e21), "%1".arg(-0), "%1".arg(123456789))
        Qt.quit()
    }
}
