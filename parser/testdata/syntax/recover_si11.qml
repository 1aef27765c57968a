QtObject {}
import QtQml
