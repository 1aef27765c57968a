import QtQml
import MyCompany.Chat 1.0

QtObject {
    property QtObject f: Formatter {}
    Component.onCompleted: Qt.quit()
}
