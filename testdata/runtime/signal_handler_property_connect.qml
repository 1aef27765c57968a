import QtQml

QtObject {
    id: root
    signal s(n: int)
    onS: function (n) { console.log("own handler", n) }
    Component.onCompleted: {
        console.log(typeof root.onS)
        try {
            root.onS.connect(function (n) { console.log("via onS.connect", n) })
            console.log("connect returned")
        } catch (e) {
            console.log("threw", e.name + ":", e.message)
        }
        s(1)
        Qt.quit()
    }
}
