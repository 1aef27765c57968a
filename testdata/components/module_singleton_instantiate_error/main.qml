import QtQml
import MyCompany.Chat 1.0

QtObject {
    property QtObject cfg: ChatConfig { prefix: "!" }
    Component.onCompleted: Qt.quit()
}
