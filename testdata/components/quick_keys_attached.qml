import QtQuick
Item {
    id: root
    focus: true
    Keys.onPressed: (event) => console.log("key", event.key)
    Keys.onReturnPressed: console.log("return")
    Keys.enabled: false
    Item { id: c; Keys.forwardTo: [root]; Keys.priority: Keys.AfterItem }
    Component.onCompleted: {
        console.log(typeof root.Keys, root.Keys.enabled, c.Keys.priority, c.Keys.forwardTo.length, Keys.BeforeItem, Keys.AfterItem)
        console.log(root.focus, root.activeFocus, c.focus)
        Qt.quit()
    }
}
