import QtQml
import "nothere.js" as Nope

QtObject {
    Component.onCompleted: {
        console.log("loaded")
        Qt.quit()
    }
}
