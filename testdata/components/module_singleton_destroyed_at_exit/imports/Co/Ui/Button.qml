import QtQml
QtObject {
    property string color: Theme.color
    property int n: Theme.next()
}
