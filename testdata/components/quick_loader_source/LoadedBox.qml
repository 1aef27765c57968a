import QtQuick
Rectangle { objectName: "box"; width: 30; height: 12; property int n: 7 }
