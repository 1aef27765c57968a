import QtQml 2.0.1
QtObject {}
