import QtQml
import QtWebSockets 1.1

QtObject {
    id: root
    objectNam: "x"
    property WebSockt s
    property Timer t: Tmer { intervl: 5 }
    property int n: 5
    Component.onCompleted: console.log("hi")
}
