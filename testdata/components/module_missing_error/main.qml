import QtQml
import MyCompany.Nothing 1.0

QtObject {
    Component.onCompleted: Qt.quit()
}
