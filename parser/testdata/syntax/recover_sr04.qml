import QtQml
QtObject
