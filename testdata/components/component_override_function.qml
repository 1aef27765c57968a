import QtQml

QtObject {
    property BaseThing b: BaseThing {
        function describe() { return "instance override of " + kind }
    }
    Component.onCompleted: {
        console.log(b.describe())
        console.log(b.callDescribe())
        Qt.quit()
    }
}
