import QtQml

QtObject {
    property real r
    function t(label, v) {
        r = -1
        try { r = v; console.log(label, "->", r) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message, "kept", r) }
    }
    Component.onCompleted: {
        t("'1.5'", "1.5"); t("' 2 '", " 2 "); t("'abc'", "abc"); t("''", "")
        t("true", true); t("null", null); t("undefined", undefined)
        t("NaN", NaN); t("Infinity", Infinity); t("1e300", 1e300); t("{}", {})
        Qt.quit()
    }
}
