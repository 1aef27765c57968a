import QtQml
import MyCompany.Chat 1.0 as C

QtObject {
    Component.onCompleted: {
        console.log(typeof C.Message, C.Nope, typeof C.nope, C.Nope === undefined)
        Qt.quit()
    }
}
