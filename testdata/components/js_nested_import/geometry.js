.import "math.js" as M
.import QtQml 2.15 as Q

function area(side) { return M.square(side) }
function mathLoads() { return M.loads }
function hasQtObjectType() { return typeof Q.QtObject }
