import QtQml
5
