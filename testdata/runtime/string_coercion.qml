import QtQml

QtObject {
    property string s
    function t(label, v) {
        s = "init"
        try { s = v; console.log(label, "->", JSON.stringify(s), typeof s) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message, "kept", s) }
    }
    Component.onCompleted: {
        t("42", 42); t("1.5", 1.5); t("-0", -0); t("1e21", 1e21); t("NaN", NaN)
        t("true", true); t("null", null); t("undefined", undefined)
        t("[1,2]", [1, 2]); t("{}", {}); t("function", function f() { return 1 })
        Qt.quit()
    }
}
