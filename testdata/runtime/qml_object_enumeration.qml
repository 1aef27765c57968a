import QtQml

// for-in, Object.keys, JSON and the in operator on a QML object.

QtObject {
    id: root
    property int a: 1
    property string b: "x"
    signal s()
    function m() {}
    Component.onCompleted: {
        var ks = []
        for (var k in root) ks.push(k)
        console.log(ks.join(","))
        console.log(Object.keys(root).join(","))
        console.log(JSON.stringify(root))
        console.log("a" in root, "s" in root, "m" in root, "aChanged" in root, "objectName" in root, "destroy" in root, "nope" in root)
        console.log(root.hasOwnProperty("a"), root.hasOwnProperty("m"), Object.getOwnPropertyNames(root).indexOf("a") >= 0)
        Qt.exit(0)
    }
}
