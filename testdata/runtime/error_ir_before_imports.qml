import QtQml
import Not.Installed 1.0

QtObject {
    property int a
    property int a
    Component.onCompleted: Qt.quit()
}
