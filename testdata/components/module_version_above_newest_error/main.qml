import QtQml
import Acme.Kit 1.3

QtObject {
    property QtObject g: Gizmo {}
    Component.onCompleted: { console.log(g.ver); Qt.quit() }
}
