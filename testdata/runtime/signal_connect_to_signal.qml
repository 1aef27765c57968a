import QtQml

QtObject {
    id: root
    signal source(n: int)
    signal relay(n: int)
    onSource: function (n) { console.log("onSource", n) }
    onRelay: function (n) { console.log("onRelay", n) }
    Component.onCompleted: {
        source.connect(relay)
        source(1)
        source.disconnect(relay)
        source(2)
        Qt.quit()
    }
}
