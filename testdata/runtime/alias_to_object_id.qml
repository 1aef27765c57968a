import QtQml

QtObject {
    id: root
    property QtObject holder: QtObject { id: target; objectName: "target" }
    property alias obj: target
    Component.onCompleted: {
        console.log(obj.objectName, obj === target)
        obj.objectName = "renamed"
        console.log(target.objectName)
        try { obj = null } catch (e) { console.log("assign alias-to-id:", e.message) }
        console.log(obj === target)
        Qt.quit()
    }
}
