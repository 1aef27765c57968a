import QtQml

QtObject {
    Component.onCompleted: {
        var args = Qt.application.arguments
        console.log(typeof args, Array.isArray(args), args.length >= 1, typeof args[0])
        Qt.quit()
    }
}
