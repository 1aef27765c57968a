import QtQml
import "ctx.js" as Ctx
import "lib.js" as Lib

QtObject {
    id: root
    property int value: 17
    Component.onCompleted: {
        console.log("non-library sees id:", Ctx.readRootValue())
        console.log("non-library sees property:", Ctx.readProp())
        console.log("library:", Lib.readRootValue())
        Qt.quit()
    }
}
