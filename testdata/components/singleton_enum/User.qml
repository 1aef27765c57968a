import QtQml
QtObject {
    property int lvl: Config.High
}
