import QtQml
QtObject {
    property list<QtObject> l: [QtObject {}];
}
