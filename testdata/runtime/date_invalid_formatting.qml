import QtQml
QtObject {
    property date d
    Component.onCompleted: {
        console.log(Qt.formatDate(new Date(NaN)), "|", Qt.formatDateTime(d), "|", d)
        Qt.quit()
    }
}
