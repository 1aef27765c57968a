import QtQml as q
QtObject {}
