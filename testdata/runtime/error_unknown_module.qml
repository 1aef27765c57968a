import QtQml
import NoSuchModule 1.0

QtObject {
    Component.onCompleted: Qt.quit()
}
