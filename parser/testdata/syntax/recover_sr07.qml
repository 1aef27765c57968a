import QtQml
QtObject {}}
