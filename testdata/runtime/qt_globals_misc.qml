import QtQml

QtObject {
    Component.onCompleted: {
        console.log(typeof gc, gc)
        gc()
        console.log(Qt.application.version, "|", Qt.application.organization, "|", Qt.application.domain, "|", typeof Qt.application.state)
        console.log(Qt.platform.os, "|", Qt.platform.pluginName, "|", Qt.uiLanguage, "|", typeof Qt.uiLanguage)
        console.log(Object.getOwnPropertyNames(console).join(" "))
        console.profile()
        console.profileEnd()
        Qt.quit()
    }
}
