import QtQml

QtObject {
    id: root
    property QtObject o
    property QtObject other: QtObject { objectName: "other" }
    function t(label, v) {
        try { o = v; console.log(label, "->", o) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message) }
    }
    Component.onCompleted: {
        t("other", other); t("null", null); t("root", root)
        t("string", "abc"); t("number", 5); t("{}", {}); t("undefined", undefined)
        console.log("final", o)
        Qt.quit()
    }
}
