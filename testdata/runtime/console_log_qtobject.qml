import QtQml

QtObject {
    id: root
    property QtObject plain: QtObject {}
    property QtObject named: QtObject { objectName: "myName" }
    property QtObject withProps: QtObject { property int x: 1 }
    property QtObject withPropsNamed: QtObject { objectName: "n"; property int x: 1 }
    property Timer timer: Timer {}
    property Timer namedTimer: Timer { objectName: "tick" }
    property Connections conn: Connections {}
    Component.onCompleted: {
        console.log(root)
        console.log(plain)
        console.log(named)
        console.log(withProps)
        console.log(withPropsNamed)
        console.log(timer, namedTimer)
        console.log(conn)
        console.log(String(named), "" + plain)
        console.log([named, plain])
        Qt.quit()
    }
}
