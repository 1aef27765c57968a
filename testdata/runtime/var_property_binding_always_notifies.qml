import QtQml

QtObject {
    id: root
    property int flag: 0
    property var bv: flag >= 0 ? 1 : 2
    property var bs: "s" + (flag > 100 ? "x" : "")
    property var bo: flag >= 0 ? root : null
    property int bi: flag >= 0 ? 1 : 2
    onBvChanged: console.log("bvChanged", bv)
    onBsChanged: console.log("bsChanged", bs)
    onBoChanged: console.log("boChanged")
    onBiChanged: console.log("biChanged")
    Component.onCompleted: {
        console.log("start")
        flag = 1
        flag = 2
        console.log("end")
        Qt.quit()
    }
}
