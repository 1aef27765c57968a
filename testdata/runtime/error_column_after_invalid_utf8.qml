import QtQml

QtObject {
    property string raw: "ÿþ"; property int count: "many"
    Component.onCompleted: Qt.quit()
}
