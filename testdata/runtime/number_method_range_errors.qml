import QtQml
// Qt 6.4's errors for out-of-range arguments of toFixed ("<number> out of
// range"), toExponential and toString (an Error naming the radix).
QtObject {
    Component.onCompleted: {
        for (var f of [() => (7).toFixed(101), () => (7.5).toFixed(-1), () => (7).toFixed(1e9), () => (7).toExponential(101), () => (7).toString(37), () => (7).toString(0), () => (7).toString(2.5), () => (7).toString("x"), () => (7).toFixed("x"), () => (7).toFixed(NaN), () => (7).toExponential(Infinity), () => (7).toString(undefined), () => (7).toString(10.9), () => (255).toString(16), () => (1.25).toFixed(1), () => (12345).toExponential(2)])
            try { console.log(f()) } catch (e) { console.log(e.name, e.message) }
        Qt.quit()
    }
}
