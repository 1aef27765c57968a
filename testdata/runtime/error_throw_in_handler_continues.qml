import QtQml

QtObject {
    id: root
    signal s(n: int)
    onS: function (n) {
        console.log("handler start", n)
        if (n === 1)
            throw new Error("x")
        console.log("handler end", n)
    }
    Component.onCompleted: {
        s.connect(function (n) { console.log("connected function still runs", n) })
        s(1)
        console.log("emitter continues after throwing handler")
        s(2)
    }
    property Timer t: Timer {
        interval: 1
        running: true
        onTriggered: {
            console.log("later event still runs")
            Qt.quit()
        }
    }
}
