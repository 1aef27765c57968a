import QtQml

QtObject {
    Component.onCompleted: {
        console.log([1, 2, 3])
        console.log([])
        console.log([1, [2, [3, [4]]]])
        console.log(["a", "b"], [null, undefined, true])
        console.log({})
        console.log({ a: 1, b: "two", c: [3] })
        console.log({ nested: { deep: { x: 1 } } })
        console.log([{ a: 1 }, { b: 2 }])
        console.log(new Error("boom"))
        console.log(new Date(0).getTime())
        Qt.quit()
    }
}
