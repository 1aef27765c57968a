import QtQml

QtObject {
    enum Mode { On, Off, On }
}
