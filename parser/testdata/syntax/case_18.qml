import QtQml 2.15.1
QtObject {}
