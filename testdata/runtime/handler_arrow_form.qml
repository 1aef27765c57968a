import QtQml

QtObject {
    signal s(first: int, second: string)
    signal t(x: int)
    onS: (first, second) => console.log("arrow form", first, second)
    onT: x => { console.log("arrow block", x * 2) }
    Component.onCompleted: {
        s(2, "two")
        t(21)
        Qt.quit()
    }
}
