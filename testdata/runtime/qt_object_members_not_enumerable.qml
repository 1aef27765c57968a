import QtQml
QtObject {
    Component.onCompleted: {
        var ks = []
        for (var k in Qt) if (typeof Qt[k] === "function") ks.push(k)
        console.log(ks.sort().join(" "))
        var ps = []
        for (k in Qt) if (typeof Qt[k] !== "function" && !/^[A-Z]/.test(k)) ps.push(k + ":" + typeof Qt[k])
        console.log(ps.sort().join(" "))
        Qt.quit()
    }
}
