import QtQml

QtObject {
    Component.onCompleted: {
        console.log(1, 1.5, -0, 0, -1)
        console.log(1e21, 1e20, 123456789012, 1e-7, 0.000001)
        console.log(NaN, Infinity, -Infinity)
        console.log(0.1 + 0.2, 1 / 3, 2 ** 53, -2.5e-10)
        console.log([-0], String(-0), (-0).toString())
        Qt.quit()
    }
}
