import QtQml
qtObject {}
