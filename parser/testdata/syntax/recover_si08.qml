import QtQml QtObject {}
