pragma Foo
import QtQml

QtObject {
    property int a
    property int a
    Component.onCompleted: Qt.quit()
}
