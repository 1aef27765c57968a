import QtQml
QtObject {
    objectName: 1 # 
}
