import QtQml
import "util.js" as Util

QtObject {
    Component.onCompleted: {
        console.log(Util.label(1))
        Qt.quit()
    }
}
