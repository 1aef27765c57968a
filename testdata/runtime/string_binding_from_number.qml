import QtQml

QtObject {
    property int n: 7
    property real r: 2.5
    property string a: n
    property string b: r * 2
    property string c: n > 5
    Component.onCompleted: {
        console.log(JSON.stringify(a), JSON.stringify(b), JSON.stringify(c))
        n = 3
        console.log(JSON.stringify(a), JSON.stringify(c))
        Qt.quit()
    }
}
