import QtQml

QtObject {
    default property list<QtObject> kids
    property string tag
}
