import QtQml

QtObject {
    property string text
    property string shown: ChatConfig.decorate(text)
    Component.onCompleted: ChatConfig.created++
}
