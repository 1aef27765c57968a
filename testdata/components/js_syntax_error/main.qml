import QtQml
import "bad.js" as Bad

QtObject {
    Component.onCompleted: {
        console.log("loaded", Bad.ok())
        Qt.quit()
    }
}
