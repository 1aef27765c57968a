pragma
import QtQml
QtObject {}
