import QtQml

// Qt.platform is a QObject (QQmlPlatform) with read-only properties.
QtObject {
    Component.onCompleted: {
        console.log(Qt.platform, Qt.platform.os, JSON.stringify(Qt.platform.pluginName), JSON.stringify(Qt.platform))
        console.log(Qt.platform === Qt.platform, typeof Qt.platform, Qt.isQtObject(Qt.platform))
        try { Qt.platform.os = "x" } catch (e) { console.log(e.message) }
        console.log(Qt.platform.os, String(Qt.platform).replace(/0x[0-9a-f]+/, "ADDR"))
        Qt.quit()
    }
}
