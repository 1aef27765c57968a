import QtQml

QtObject {
    property int i
    function t(label, v) {
        i = -1
        try { i = v; console.log(label, "->", i) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message, "kept", i) }
    }
    Component.onCompleted: {
        t("true", true); t("false", false); t("null", null); t("undefined", undefined)
        t("{}", {}); t("[5]", [5]); t("function", function () {}); t("object", Qt.point(1, 2))
        Qt.quit()
    }
}
