import QtQml

QtObject {
    id: root
    property QtObject other: QtObject { id: other; objectName: "other" }
    property Connections c: Connections { id: c; target: root }
    property Connections watcher: Connections {
        target: c
        function onTargetChanged() { console.log("targetChanged", c.target.objectName) }
        function onEnabledChanged() { console.log("enabledChanged", c.enabled) }
    }
    Component.onCompleted: {
        c.target = other
        c.enabled = false
        c.enabled = false
        Qt.quit()
    }
}
