import QtQml
import "geometry.js" as Geo
import "math.js" as M

QtObject {
    Component.onCompleted: {
        console.log(Geo.area(3), M.square(4))
        console.log("math.js evaluated times:", Geo.mathLoads(), M.loads)
        console.log(typeof Geo.M, Geo.hasQtObjectType())
        Qt.quit()
    }
}
