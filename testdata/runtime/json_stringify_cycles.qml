import QtQml
// JSON.stringify refuses a cycle with Qt's message (a Timer, whose parent
// leads back to it, is one; a plain QtObject is not).
QtObject {
    id: root
    property Timer t: Timer {}
    property QtObject plain: QtObject {}
    Component.onCompleted: {
        var cyc = {a: 1}
        cyc.self = cyc
        for (var x of [plain, [t], {p: plain}, cyc, [cyc], root]) {
            try { console.log(JSON.stringify(x)) } catch (e) { console.log(e.name + ":", e.message) }
        }
        Qt.quit()
    }
}
