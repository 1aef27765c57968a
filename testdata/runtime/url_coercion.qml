import QtQml

QtObject {
    property url literal: "images/pic.png"
    property url absolute: "http://example.com/a/b?q=1#frag"
    property url fromJs
    property url bound: "rel/" + "x.txt"
    function t(label, v) {
        try { fromJs = v; console.log(label, "->", JSON.stringify(fromJs.toString())) }
        catch (e) { console.log(label, "threw", e.name + ":", e.message) }
    }
    Component.onCompleted: {
        console.log(literal, typeof literal)
        console.log(absolute)
        console.log(bound)
        t("'other.qml'", "other.qml"); t("'../up/x.png'", "../up/x.png"); t("''", "")
        t("42", 42); t("null", null); t("undefined", undefined); t("true", true)
        fromJs = Qt.resolvedUrl("other.qml")
        console.log(fromJs.toString().split("/").pop(), fromJs.toString().indexOf("file://") === 0)
        console.log(literal == "images/pic.png", literal === "images/pic.png")
        Qt.quit()
    }
}
