import QtQml
import Acme.Kit

QtObject {
    property QtObject g: Ghost {}
    Component.onCompleted: { console.log("x"); Qt.quit() }
}
