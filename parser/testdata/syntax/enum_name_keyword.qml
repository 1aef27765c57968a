import QtQml
QtObject {
    enum
      on { A }
}
