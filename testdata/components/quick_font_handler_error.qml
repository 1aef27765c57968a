import QtQuick
// font is a value type: font.onBoldChanged is no property (a load error).
Item {
    Text { id: t; font.onBoldChanged: console.log("bold", font.bold) }
    Component.onCompleted: Qt.quit()
}
