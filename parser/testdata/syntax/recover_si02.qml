import QtQml 2.
QtObject {}
