import QtQml

QtObject {
    id: root
    property int n: 5
    property Timer t: Timer { interval: root.n }
    Component.onCompleted: console.log(n)
}
