import QtQml
import MyCompany.Chat 1.0

QtObject {
    property Message m: Message { author: "ann"; text: "hi" }
    Component.onCompleted: {
        console.log(m.shown, m.formatter.style)
        console.log("Formatter from outside:", typeof Formatter)
        Qt.quit()
    }
}
