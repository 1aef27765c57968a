import QtQml
import Acme.Kit 1

QtObject {
    property QtObject g: Gizmo {}
    Component.onCompleted: { console.log(g.ver); Qt.quit() }
}
