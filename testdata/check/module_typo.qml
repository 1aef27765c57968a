import QtQml
import QtWebSocket
QtObject {}
