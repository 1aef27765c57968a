import QtQml as
QtObject {}
