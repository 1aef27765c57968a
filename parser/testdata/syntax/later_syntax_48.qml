import QtQml
QtObject {
    function f() { class A { m() { return this.#p } #p = 1 } }
}
