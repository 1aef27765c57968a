import QtQml

QtObject {
    property bool b
    function t(label, v) {
        b = true
        try { b = v; console.log(label, "->", b) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message, "kept", b) }
        b = false
        try { b = v; console.log("  (from false)", b) }
        catch (e) { console.log("  (from false) threw", e.message) }
    }
    Component.onCompleted: {
        t("'false'", "false"); t("0", 0); t("''", ""); t("'0'", "0"); t("1", 1); t("-1", -1)
        t("NaN", NaN); t("null", null); t("undefined", undefined); t("{}", {}); t("[]", [])
        Qt.quit()
    }
}
