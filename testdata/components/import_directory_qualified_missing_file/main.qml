import QtQml
import "lib" as L

QtObject {
    property QtObject part: L.Widgt {}
    Component.onCompleted: Qt.quit()
}
