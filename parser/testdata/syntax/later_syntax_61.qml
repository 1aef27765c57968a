import QtQml
QtObject {
    function f() {
        class B { #p = 1; get p() { return this.#p } }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
