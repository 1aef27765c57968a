import QtQml

// Qt reports every error found while building the document, in source order.
QtObject {
    property int value
    property int value
    enum Mode { Off, standby, Auto }
    enum Level { low = 2 }
    property string name
    property string name
    Component.onCompleted: Qt.quit()
}
