import QtQml

QtObject {
    Component.onCompleted: {
        var bad = ["{bad", "", "[1,]", "{\"a\":1,}", "'x'", "undefined", "01", "{\"a\" 1}"]
        for (var i = 0; i < bad.length; i++) {
            try { JSON.parse(bad[i]); console.log("ok", bad[i]) } catch (e) { console.log(JSON.stringify(bad[i]), e.name, "|", e.message, "|", e instanceof SyntaxError) }
        }
        console.log(JSON.stringify(JSON.parse(" {\"a\": [1, 2.5, \"s\", null, true]} ")))
        console.log(JSON.parse("[1,2]", function (k, v) { return typeof v === "number" ? v * 10 : v }))
        console.log(JSON.parse("3"), JSON.parse("\"s\""), JSON.parse("null"))
        JSON.parse("{oops")
        console.log("not reached")
    }
    property Timer t: Timer { interval: 10; running: true; onTriggered: Qt.quit() }
}
