import QtQml 2.x
QtObject {}
