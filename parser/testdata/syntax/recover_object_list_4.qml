import QtQml
QtObject {
    data: [QtObject {}, ]
}
