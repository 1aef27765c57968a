import QtQml
QtObject {
    property User u: User {}
    Component.onCompleted: {
        try {
            console.log(Config.Low, Config.Mid, Config.High, Config.level)
            console.log(Config.Level.High, typeof Config.Level)
            console.log(u.lvl, Config.describe(u.lvl), Config.describe(Config.Low))
            console.log(Config.Nope)
        } finally {
            Qt.quit()
        }
    }
}
