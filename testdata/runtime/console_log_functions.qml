import QtQml

QtObject {
    function memberFunction(a, b) { return a + b }
    Component.onCompleted: {
        console.log(function named(x) { return x * 2 })
        console.log(function () {})
        console.log((a, b) => a + b)
        console.log(memberFunction)
        console.log(Math.max)
        console.log(console.log)
        console.log(parseInt)
        Qt.quit()
    }
}
