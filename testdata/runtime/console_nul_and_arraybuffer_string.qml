import QtQml
// A NUL ends a console line (Qt writes messages as C strings); an
// ArrayBuffer converts to its bytes decoded as UTF-8.
QtObject {
    Component.onCompleted: {
        console.log("a\u0000b", "c")
        console.log("x", String(new ArrayBuffer(2)).length, String(new Uint8Array([104,105]).buffer), new Uint8Array([0xe2, 0x82]).buffer + "|")
        var ab = new Uint8Array([104,105]).buffer
        console.log(ab.toString === ArrayBuffer.prototype.toString, Object.prototype.hasOwnProperty.call(ArrayBuffer.prototype, "toString"), `${ab}`, ab + "", [ab] + "")
        console.warn("w\u0000x")
        Qt.quit()
    }
}
