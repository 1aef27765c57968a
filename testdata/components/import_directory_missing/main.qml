import QtQml
import "nosuchdir"

QtObject {
    Component.onCompleted: { console.log("loaded"); Qt.quit() }
}
