import QtQml
import "lib"
QtObject {
    property Button b: Button { text: "ok" }
    Component.onCompleted: {
        console.log(Theme.color, b.color)
        console.log(typeof Helpers, typeof Helpers.shout)
        console.log(Helpers.shout("hi"), Helpers.bump(), Helpers.bump())
        Qt.quit()
    }
}
