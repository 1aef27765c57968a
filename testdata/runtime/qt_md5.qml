import QtQml

QtObject {
    Component.onCompleted: {
        console.log(Qt.md5(""))
        console.log(Qt.md5("hello"))
        console.log(Qt.md5("The quick brown fox jumps over the lazy dog"))
        console.log(typeof Qt.md5("a"), Qt.md5("a").length)
        Qt.quit()
    }
}
