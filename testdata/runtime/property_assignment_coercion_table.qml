import QtQml

QtObject {
    id: root
    property int i
    property real r
    property bool b
    property string s
    property url u
    property var v
    property list<int> li
    property list<string> ls
    property date d
    property double dbl
    function t(name, f) {
        try { f(); console.log(name, "->", JSON.stringify(root[name]), root[name]) } catch (e) { console.log(name, "threw", e) }
    }
    Component.onCompleted: {
        t("i", () => i = 3.7); t("i", () => i = -3.7); t("i", () => i = "12abc"); t("i", () => i = true)
        t("i", () => i = 2147483648); t("i", () => i = 1e10); t("i", () => i = -0.5); t("i", () => i = null)
        t("i", () => i = "0x10"); t("i", () => i = Infinity); t("i", () => i = NaN); t("i", () => i = "42"); t("i", () => i = undefined)
        t("r", () => r = "1e3"); t("r", () => r = true); t("r", () => r = "x"); t("r", () => r = []); t("r", () => r = Infinity)
        t("r", () => r = null); t("r", () => r = undefined); t("r", () => r = -0)
        t("b", () => b = "false"); t("b", () => b = ""); t("b", () => b = 0); t("b", () => b = {}); t("b", () => b = "0"); t("b", () => b = null)
        t("s", () => s = 1.50); t("s", () => s = true); t("s", () => s = [1, 2]); t("s", () => s = {}); t("s", () => s = 1e21); t("s", () => s = null); t("s", () => s = undefined)
        t("u", () => u = "foo/bar.qml"); t("u", () => u = "http://x.org/a b"); t("u", () => u = ""); t("u", () => u = 5); t("u", () => u = null)
        t("v", () => v = undefined); t("v", () => v = null); t("v", () => v = [1, {a: 2}])
        t("li", () => li = [1.5, "2", true]); t("li", () => li = 7); t("li", () => li = null); t("li", () => li = ["x"])
        t("ls", () => ls = [1, null, undefined]); t("ls", () => ls = "single"); t("ls", () => ls = 5)
        t("d", () => d = "2020-02-03"); t("d", () => d = 0); t("d", () => d = "garbage"); t("d", () => d = null)
        t("dbl", () => dbl = "3.25"); t("dbl", () => dbl = false)
        console.log(typeof u, typeof li, typeof d, typeof ls)
        Qt.quit()
    }
}
