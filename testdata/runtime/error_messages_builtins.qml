import QtQml

QtObject {
    id: root
    function helper(x) {
        return x.y.z
    }
    Component.onCompleted: {
        try { helper(null) } catch (e) { console.log(e.name, e.message, e instanceof TypeError) }
        try { JSON.parse("{bad") } catch (e) { console.log(e.name, "|", e.message) }
        try { [].reduce((a, b) => a) } catch (e) { console.log(e.name, "|", e.message) }
        try { new Array(-1) } catch (e) { console.log(e.name, "|", e.message) }
        try { (1).toFixed(200) } catch (e) { console.log(e.name, "|", e.message) }
        try { var ob = {}; ob.fn() } catch (e) { console.log(e.message) }
        try { decodeURIComponent("%") } catch (e) { console.log(e.name, "|", e.message) }
        try { Symbol() + "" } catch (e) { console.log(e.name, "|", e.message) }
        try { null[0] } catch (e) { console.log(e.message) }
        Qt.quit()
    }
}
