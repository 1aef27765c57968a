import QtQml
/* foo
QtObject {
}
