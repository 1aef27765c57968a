import QtQml

QtObject {
    id: root
    property list<QtObject> l
    property list<QtObject> l2: [root]
    function t(label, v) {
        try { l = v; console.log(label, "-> length", l.length, l[0]) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message) }
    }
    Component.onCompleted: {
        t("[root]", [root]); t("root", root); t("[5]", [5]); t("['s']", ["s"]); t("null", null)
        t("[null]", [null]); t("[]", []); t("undefined", undefined); t("5", 5); t("l2", l2)
        Qt.quit()
    }
}
