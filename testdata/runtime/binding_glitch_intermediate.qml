import QtQml

QtObject {
    property int a: 1
    property int b: 1
    property string sum: a + "+" + b + "=" + (a + b)
    onSumChanged: console.log("sumChanged", sum)
    Component.onCompleted: {
        console.log("start", sum)
        a = 2
        b = 2
        console.log("end", sum)
        Qt.quit()
    }
}
