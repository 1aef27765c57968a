import QtQml

QtObject {
    property DerivedThing d: DerivedThing {
        level: 42
        onPing: (from) => console.log("instance onPing from", from)
        Component.onCompleted: console.log("instance completed", kind, level)
    }
    property BaseThing asBase: DerivedThing {}
    Component.onCompleted: {
        console.log(d.kind, d.level, d.summary, d.extra)
        console.log(d.describe(), d.callDescribe(), d.baseOnly())
        console.log(asBase.describe(), asBase.level)
        d.ping("root")
        Qt.quit()
    }
}
