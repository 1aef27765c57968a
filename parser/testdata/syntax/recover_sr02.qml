import QtQml
QtObject {} 5
