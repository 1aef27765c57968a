import QtQml
import "lib" as L

QtObject {
    property L.Gadget g: L.Gadget { name: "qualified" }
    property QtObject p: L.GadgetPart { weight: 9 }
    Component.onCompleted: {
        console.log(g.info())
        console.log(p.describe(), L.Gadget.Big)
        console.log(typeof L, typeof L.Gadget, typeof L.Nope, L.Nope === undefined)
        Qt.quit()
    }
}
