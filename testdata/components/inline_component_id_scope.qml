import QtQml

QtObject {
    id: root
    property int outerValue: 7
    component Peeker: QtObject {
        id: me
        property int own: 1
        function peekSelf() { return me.own }
        function peekOuter() { return root.outerValue }
        function peekSibling() { return other.objectName }
    }
    property Peeker p: Peeker {}
    property QtObject other: QtObject { id: other; objectName: "other" }
    Component.onCompleted: {
        console.log("self", p.peekSelf())
        console.log("outer", p.peekOuter())
        console.log("sibling", p.peekSibling())
        Qt.quit()
        console.log("inner id from outside", me.own)
    }
}
