import QtQml

QtObject {
	objectName "tabbed"
}
