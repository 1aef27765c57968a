import QtQml
QtObject }
