import QtQuick

Rectangle {
    id: button
    property alias text: label.text
    property int clickCount: 0
    signal activated(string what)
    width: 80; height: 30
    color: area.pressed ? "gray" : "white"
    Text { id: label; anchors.centerIn: parent }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: { button.clickCount++; button.activated(button.text) }
    }
}
