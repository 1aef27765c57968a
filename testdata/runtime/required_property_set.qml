import QtQml

QtObject {
    property RequiredHolder h: RequiredHolder { size: 3; label: "three" }
    Component.onCompleted: {
        console.log("root completed", h.size, h.label)
        Qt.quit()
    }
}
