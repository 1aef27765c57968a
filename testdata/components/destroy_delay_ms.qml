import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property string name
            Component.onDestruction: console.log("onDestruction", name)
        }
    }
    property Timer t: Timer {
        interval: 150
        running: true
        onTriggered: { console.log("timer 150"); Qt.quit() }
    }
    Component.onCompleted: {
        var a = c.createObject(root, { name: "a-100ms" })
        var b = c.createObject(root, { name: "b-20ms" })
        var d = c.createObject(root, { name: "d-0ms" })
        a.destroy(100)
        b.destroy(20)
        d.destroy(0)
        console.log("scheduled")
    }
}
