import QtQml

QtObject {
    id: root
    property int step: 0
    property WorkerScript worker: WorkerScript {
        source: "worker.mjs"
        onReadyChanged: console.log("ready", ready)
        onMessage: function (m) {
            console.log("main got", JSON.stringify(m), typeof m.fn)
            root.next()
        }
    }
    property Timer pause: Timer { interval: 200; onTriggered: worker.sendMessage({ n: 1.5, text: "", list: [1, "two", [3]] }) }
    function next() {
        step++
        if (step == 1) worker.sendMessage({ n: 21, text: "héllo", when: new Date(0), buf: new ArrayBuffer(3) })
        else if (step == 2) { worker.sendMessage({ fail: true }); pause.start() }
        else if (step == 3) worker.sendMessage("just a string")
        else if (step == 4) worker.sendMessage([1, 2, 3])
        else Qt.quit()
    }
    Component.onCompleted: { console.log("completed", worker.ready, typeof worker.sendMessage); next() }
}
