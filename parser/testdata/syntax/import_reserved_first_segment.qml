import QtQml 2.0
import for.x 1.0
QtObject {}
