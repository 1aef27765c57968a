import QtQml

QtObject {
    id: root
    property QtObject other: QtObject { id: other; objectName: "other" }
    property Connections c: Connections { id: c; target: root }
    Component.onCompleted: {
        c.targetChanged.connect(function () { console.log("targetChanged", c.target.objectName) })
        c.enabledChanged.connect(function () { console.log("enabledChanged", c.enabled) })
        c.target = other
        c.target = other
        c.enabled = false
        c.enabled = false
        Qt.quit()
    }
}
