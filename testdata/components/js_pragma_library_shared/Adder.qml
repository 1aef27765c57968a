import QtQml
import "store.js" as Store

QtObject {
    property string tag
    function addTag() { return Store.add(tag) }
}
