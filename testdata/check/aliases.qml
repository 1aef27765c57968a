import QtQml

QtObject {
    id: root
    property alias title: label.text
    property alias name: root.objectNam
    property alias first: root.second
    property alias second: root.first
    property alias three: root.objectName.length
    property alias expr: root.objectName + 1
    property QtObject label: QtObject { id: lable; property string text }
}
