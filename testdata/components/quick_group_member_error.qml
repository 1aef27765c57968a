import QtQuick
// An unknown member of a group (font.nothing) is reported at the member name.
Item {
    Text { id: t; font.nothing: 3 }
    Component.onCompleted: Qt.quit()
}
