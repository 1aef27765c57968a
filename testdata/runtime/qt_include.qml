import QtQml
import "include_user.js" as User

// Qt.include runs a JavaScript file in the including file's scope: its
// names are the includer's (and its importers see them); it returns (and
// gives the callback) a status object. QML code cannot call it.
QtObject {
    Component.onCompleted: {
        console.log(User.use(), User.helperValue, typeof User.helperFormat)
        console.log(User.again())
        console.log(typeof Qt.include)
        try {
            Qt.include("include_helpers.js")
        } catch (e) {
            console.log(e.name, e.message)
        }
        Qt.quit()
    }
}
