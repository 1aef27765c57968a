import QtQuick

Rectangle {
    id: badge
    property alias text: label.text
    property int padding: 4
    width: 60
    height: 20 + padding * 2
    color: "navy"
    Text { id: label; text: "badge"; anchors.centerIn: parent; font.pixelSize: 10 }
}
