import QtQml.
QtObject {}
