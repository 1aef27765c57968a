// A url's toString and valueOf are shared by every url (not by
// other value types), and give undefined on anything else.
import QtQml
QtObject {
    property url u: "http://example.com/a"
    property url u2: "http://x/"
    property point p: Qt.point(1, 2)
    Component.onCompleted: {
        console.log(u, u.toString(), String(u), JSON.stringify({u: u}), u.valueOf(), p, p.toString())
        console.log(u.toString === u2.toString, u.toString === u.toString, p.toString === Qt.point(3,4).toString, u.valueOf === u.toString)
        console.log(u.toString === p.toString, typeof u.toString)
        console.log("call", u.toString.call({}), u.valueOf.call(p), p.toString.call(u))
        Qt.quit()
    }
}
