import QtQml

QtObject {
    Component.onCompleted: {
        console.log(Qt.btoa("hello"), Qt.btoa(""), Qt.btoa("a"), Qt.btoa("ab"))
        console.log(Qt.atob("aGVsbG8="), Qt.atob("YQ=="), JSON.stringify(Qt.atob("")))
        console.log(typeof Qt.btoa("x"), Qt.atob(Qt.btoa("round trip")))
        console.log(Qt.btoa(123))
        Qt.quit()
    }
}
