import QtQml
import My.Missing 1.0
QtObject {}
