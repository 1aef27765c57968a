import QtQml

QtObject {
    signal s(value: int, text: string)
    signal t(value: int)
    onS: {
        console.log("injected", value, text)
    }
    onT: console.log("expression injected", value)
    Component.onCompleted: {
        s(1, "one")
        s(2, "two")
        t(3)
        t(4)
        Qt.quit()
    }
}
