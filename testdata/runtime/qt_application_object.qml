import QtQml
QtObject {
    property Connections c: Connections { target: Qt.application; function onNameChanged() { console.log("nameChanged", Qt.application.name) } }
    Component.onCompleted: {
        var a = Qt.application
        console.log(String(a).replace(/0x[0-9a-f]+/, "ADDR"), JSON.stringify(a.version), JSON.stringify(a.organization), JSON.stringify(a.domain), a.arguments.length > 0, Array.isArray(a.arguments), typeof a.arguments.map)
        a.name = "myapp"; a.version = "1.2"
        a.setOrganization("Example Org"); a.setDomain("example.com")
        console.log(a.name, a.version, a.organization, a.domain, Qt.application.name, typeof a.nameChanged, typeof a.aboutToQuit)
        console.log(Qt.application === Qt.application, Qt.isQtObject(a))
        Qt.quit()
    }
}
