import QtQml
import Acme.Kit 2

QtObject {
    Component.onCompleted: { console.log("x"); Qt.quit() }
}
