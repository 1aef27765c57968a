import QtQml

QtObject {
    property string label: "widget"
}
