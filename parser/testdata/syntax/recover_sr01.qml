import QtQml
QtObject {}
QtObject {}
