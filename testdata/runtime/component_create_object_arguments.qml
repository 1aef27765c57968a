import QtQml
import QtQml.Models
// createObject(parent, properties) is a typed overload; arguments that do not
// fit it (a non-object parent, properties that are no plain object, a third
// argument) take a fallback that warns, and refuses primitives and arrays.
QtObject {
    id: root
    property Component comp: Component {
        id: c
        QtObject { property int n: 1 }
    }
    property ListModel lm: ListModel { ListElement { n: 7 } }
    function t(label, f) { var o = f(); console.log(label, o === null ? "null" : (o ? o.n : o)) }
    Component.onCompleted: {
        t("none", () => c.createObject())
        t("undefined parent", () => c.createObject(undefined))
        t("component parent", () => c.createObject(c))
        t("plain map", () => c.createObject(root, {n: 2}))
        t("undefined map", () => c.createObject(root, undefined))
        t("trailing undefined", () => c.createObject(root, {n: 3}, undefined))
        t("function map", () => c.createObject(root, function() {}))
        t("inherited map", () => c.createObject(root, Object.create({n: 4})))
        t("map object", () => c.createObject(root, new Map()))
        t("error map", () => c.createObject(root, new Error("x")))
        t("number map", () => c.createObject(root, 5))
        t("string map", () => c.createObject(root, "x"))
        t("null map", () => c.createObject(root, null))
        t("array map", () => c.createObject(root, [1]))
        t("date map", () => c.createObject(root, new Date()))
        t("regexp map", () => c.createObject(root, /x/))
        t("row map", () => c.createObject(root, lm.get(0)))
        t("point map", () => c.createObject(root, Qt.point(1, 2)))
        t("number parent", () => c.createObject(5))
        t("string parent", () => c.createObject("x", {n: 2}))
        t("object parent", () => c.createObject({}, {n: 2}))
        t("undefined parent with map", () => c.createObject(undefined, {n: 2}))
        t("three arguments", () => c.createObject(root, {n: 3}, 7))
        Qt.quit()
    }
}
