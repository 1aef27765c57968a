import QtQml
import MyCompany.Chat 2.0

QtObject {
    Component.onCompleted: Qt.quit()
}
