import QtQml 2.15

QtObject {
    property int n: 3
    property QtObject t: Timer { interval: 5 }
    Component.onCompleted: {
        console.log("versioned import works", n, t.interval)
        Qt.quit()
    }
}
