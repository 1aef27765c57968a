import QtQml

QtObject {
    property bool useA: true
    property int a: 1
    property int b: 100
    property var counter: ({ n: 0 })
    property int result: { counter.n++; return useA ? a : b }
    Component.onCompleted: {
        var start = counter.n
        console.log("result", result)
        b = 200
        console.log("after b=200 (not read):", result, "evals", counter.n - start)
        a = 2
        console.log("after a=2:", result, "evals", counter.n - start)
        useA = false
        console.log("after useA=false:", result, "evals", counter.n - start)
        a = 3
        console.log("after a=3 (no longer read):", result, "evals", counter.n - start)
        b = 300
        console.log("after b=300:", result, "evals", counter.n - start)
        Qt.quit()
    }
}
