// Small handler workloads, each timed with Date.now(): run unchanged in Qt
// (qtref handler_suite.qml 60000) and qmlrun (qmlrun -script-timeout 0 handler_suite.qml).
import QtQml
QtObject {
    id: root
    property int counter: 0
    property string text: ""
    property var list: []
    property QtObject child: QtObject { id: kid; property int v: 0; property int w: v + 1 }
    signal ping(int n)
    onPing: function (n) { counter += n }
    function t(name, f) { var t0 = Date.now(); f(); console.log(name, Date.now() - t0) }
    Component.onCompleted: {
        t("propwrite", function () { for (var i = 0; i < 200000; i++) counter = i })
        t("idread", function () { var s = 0; for (var i = 0; i < 200000; i++) s += kid.w })
        t("idwrite_binding", function () { for (var i = 0; i < 100000; i++) kid.v = i })
        t("signal", function () { for (var i = 0; i < 100000; i++) ping(1) })
        t("strconcat", function () { var s = ""; for (var i = 0; i < 100000; i++) s += "x"; text = s })
        t("array", function () { var a = []; for (var i = 0; i < 200000; i++) a.push({i: i}); list = a })
        t("varlistread", function () { var s = 0; for (var i = 0; i < 1000; i++) s += list.length })
        t("json", function () { for (var i = 0; i < 20000; i++) JSON.parse(JSON.stringify({a: i, b: [1,2,3], c: "x"})) })
        t("arg", function () { for (var i = 0; i < 50000; i++) "%1-%2".arg(i).arg("x") })
        t("createdestroy", function () { for (var i = 0; i < 5000; i++) { var o = Qt.createQmlObject("import QtQml; QtObject { property int a: 1 }", root); o.destroy() } })
        Qt.quit()
    }
}
