import QtQml

QtObject {
    Component.onCompleted: {
        try {
            newGlobal = 5
            console.log("assigned", newGlobal)
        } catch (e) {
            console.log(e.name + ":", e.message)
        }
        try {
            Math.myExtra = 1
            console.log("Math extended", Math.myExtra)
        } catch (e) {
            console.log(e.name + ":", e.message)
        }
        Qt.quit()
    }
}
