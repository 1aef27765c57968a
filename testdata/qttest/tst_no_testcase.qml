import QtQuick

// An Item root with no TestCase in it: nothing is tested.
Item {
    Component.onCompleted: console.log("no test case here")
}
