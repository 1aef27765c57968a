import QtQml

// int, real and double properties in everyday arithmetic.

QtObject {
    property int i: 5 / 2
    property int j: -5 / 2
    property int k: 2147483647
    property real r: 1 / 3
    property double d: 0.1
    property int big: 1e10 + 0
    property var list: [i, j, r]
    Component.onCompleted: {
        console.log(i, j, k, r, d, big, list)
        k++; console.log(k); k = 2147483647; k += 1; console.log(k)
        i += 0.5; console.log(i); i = i + 0.9; console.log(i); i = -i - 0.5; console.log(i)
        i = 7; i /= 2; console.log(i); i = 7; i %= 4; console.log(i); i = 1; i <<= 31; console.log(i)
        r = 0.1 * 3; console.log(r, r === 0.30000000000000004); d = 1e308 * 10; console.log(d)
        i = "42"; console.log(i, typeof i); i = "4.5"; console.log(i); i = " 12 "; console.log(i)
        try { i = "12abc" } catch (e) { console.log(e.message) }
        i = 3.99999; console.log(i); i = -3.99999; console.log(i); i = 4294967296 + 5; console.log(i)
        Qt.exit(0)
    }
}
