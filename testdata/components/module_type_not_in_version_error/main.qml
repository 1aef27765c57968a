import QtQml
import MyCompany.Chat 1.0

QtObject {
    property QtObject m: Message {}
    property QtObject room: Room {}
    Component.onCompleted: Qt.quit()
}
