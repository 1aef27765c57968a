import QtQml

QtObject {
    property EnumHolder.Color c
    property EnumHolder.Color d: EnumHolder.Blue
    Component.onCompleted: {
        console.log(c, typeof c, d)
        c = EnumHolder.Cyan
        console.log(c)
        c = 99
        console.log(c)
        Qt.quit()
    }
}
