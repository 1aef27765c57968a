import QtQml 2.0 as Q
QtObject {
    property var j: 4.0 as Q.int
    property var l: 5 as Q.double
    property var m: "something" as Q.var
}
