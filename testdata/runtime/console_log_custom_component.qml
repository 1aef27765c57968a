import QtQml

QtObject {
    property EnumHolder holder: EnumHolder {}
    property EnumHolder namedHolder: EnumHolder { objectName: "h" }
    Component.onCompleted: {
        console.log(holder)
        console.log(namedHolder)
        Qt.quit()
    }
}
