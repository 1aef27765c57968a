pragma ListPropertyAssignBehavior: Bogus
pragma ComponentBehavior: Sometimes
import QtQml

QtObject {
    Component.onCompleted: Qt.quit()
}
