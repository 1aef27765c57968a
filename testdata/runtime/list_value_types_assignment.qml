import QtQml

QtObject {
    id: root
    property list<int> li
    property list<real> lr
    property list<bool> lb
    property list<string> ls
    property list<var> lv
    property list<url> lu
    property list<int> initArr: [1, 2.6, "3"]
    function t(name, f) {
        try { f(); console.log(name, "->", JSON.stringify(root[name]), root[name], root[name].length) } catch (e) { console.log(name, "threw", e) }
    }
    Component.onCompleted: {
        console.log(JSON.stringify(initArr))
        t("li", () => li = [0.5, 1.5, 2.5, -1.5, -0.5, 3.49, 1e10, NaN, null, undefined, "7", "x", {}, [], [3]])
        t("lr", () => lr = [1, "2.5", "x", true, null, undefined, {}])
        t("lb", () => lb = [1, 0, "", "a", null, undefined, {}, []])
        t("ls", () => ls = [1, 2.5, true, null, undefined, {}, [1, 2], root])
        t("lv", () => lv = [1, "a", null, undefined, {}])
        t("lu", () => lu = ["a.qml", 1, null])
        t("li", () => li = "5"); t("li", () => li = 5); t("li", () => li = undefined); t("li", () => li = {length: 2, 0: 1, 1: 2})
        t("lv", () => lv = 5); t("lv", () => lv = "s"); t("lv", () => lv = null); t("lv", () => lv = undefined)
        t("ls", () => ls = undefined); t("ls", () => ls = null); t("ls", () => ls = ["ok"])
        Qt.quit()
    }
}
