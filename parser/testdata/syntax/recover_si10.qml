import QtQml;;
QtObject {}
