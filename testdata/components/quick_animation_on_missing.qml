import QtQuick
Item {
    id: root
    property real v: 0
    NumberAnimation on nosuch { to: 3 }
}
