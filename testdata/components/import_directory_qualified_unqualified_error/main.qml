import QtQml
import "lib" as L

QtObject {
    property QtObject g: Gadget {}
    Component.onCompleted: Qt.quit()
}
