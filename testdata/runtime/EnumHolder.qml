import QtQml

QtObject {
    enum Color { Red, Green, Blue = 10, Cyan }
    property int color: EnumHolder.Green
}
