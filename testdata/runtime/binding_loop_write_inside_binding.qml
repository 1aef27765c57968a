import QtQml

QtObject {
    property int a: 1
    property int evaluations: 0
    property int result: { evaluations++; return a * 2 }
    Component.onCompleted: {
        console.log("result", result, "evaluations", evaluations)
        a = 2
        console.log("result", result, "evaluations", evaluations)
        Qt.quit()
    }
}
