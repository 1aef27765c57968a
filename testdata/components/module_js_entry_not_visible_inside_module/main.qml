import QtQml
import MyCompany.Chat 1.0

QtObject {
    property Message m: Message { text: "hi" }
    Component.onCompleted: {
        console.log("loud:", JSON.stringify(m.loud))
        console.log("main sees TextUtil:", typeof TextUtil)
        Qt.quit()
    }
}
