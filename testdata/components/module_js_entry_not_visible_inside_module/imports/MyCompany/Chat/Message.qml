import QtQml

QtObject {
    property string text
    property string loud: TextUtil.shout(text)
}
