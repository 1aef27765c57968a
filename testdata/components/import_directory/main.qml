import QtQml
import "lib"

QtObject {
    property Gadget g: Gadget { name: "mine" }
    property GadgetPart p: GadgetPart {}
    Component.onCompleted: {
        console.log(g.info())
        console.log(p.describe(), Gadget.Small, Gadget.Big)
        Qt.quit()
    }
}
