import QtQml
import "store.js" as Store

QtObject {
    function read() { return Store.all() }
}
