import QtQml

QtObject {
    property int i
    function t(v) {
        i = -1
        try { i = v; console.log(JSON.stringify(v), "->", i) }
        catch (e) { console.log(JSON.stringify(v), "threw", e.name + ":", e.message, "kept", i) }
    }
    Component.onCompleted: {
        t("42"); t(" 7 "); t("4.5"); t("4.4"); t("-4.5"); t("0X10"); t("1e3"); t(""); t("abc"); t("12abc")
        Qt.quit()
    }
}
