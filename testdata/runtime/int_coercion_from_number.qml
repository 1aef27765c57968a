import QtQml

QtObject {
    property int i
    function t(label, v) {
        i = -1
        try { i = v; console.log(label, "->", i) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message, "kept", i) }
    }
    Component.onCompleted: {
        t("3.99", 3.99); t("-3.99", -3.99); t("0.5", 0.5); t("-0", -0)
        t("NaN", NaN); t("Infinity", Infinity); t("-Infinity", -Infinity)
        t("2147483647", 2147483647); t("2147483648", 2147483648)
        t("-2147483649", -2147483649); t("4294967297", 4294967297); t("1e20", 1e20)
        Qt.quit()
    }
}
