import QtQml
import "util.js" as Util

QtObject {
    property string msg: Util.greet("qml")
    Component.onCompleted: {
        console.log(msg, Util.answer)
        console.log(Util.next(), Util.next(), Util.counter)
        Util.greeting = "hi"
        console.log(Util.greet("again"), msg)
        console.log(typeof Util, typeof Util.next, typeof Util.missing)
        Qt.quit()
    }
}
