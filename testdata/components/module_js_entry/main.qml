import QtQml
import MyCompany.Chat 1.0

QtObject {
    property Message m: Message { text: "hi" }
    property string loud: TextUtil.shout(m.text)
    Component.onCompleted: {
        console.log(loud, TextUtil.shout("yo"))
        console.log("calls:", TextUtil.callCount())
        console.log(typeof TextUtil, typeof TextUtil.shout, typeof TextUtil.calls, TextUtil.calls)
        Qt.quit()
    }
}
