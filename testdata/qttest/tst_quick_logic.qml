import QtQuick
import QtQml.Models
import QtTest

Item {
    id: root
    width: 100; height: 100
    property int level: 0
    Rectangle { id: lamp; width: 10; height: 10; color: "green" }
    states: State { name: "high"; when: root.level > 5; PropertyChanges { target: lamp; color: "red"; width: 50 } }
    transitions: Transition { to: "high"; NumberAnimation { property: "width"; duration: 50 } }
    ObjectModel { id: om; Item { objectName: "one" } Item { objectName: "two" } }
    Column { id: col; Repeater { id: rep; model: om } }

    SignalSpy { id: stateSpy; target: root; signalName: "stateChanged" }
    SignalSpy { id: countSpy; target: rep; signalName: "countChanged" }

    TestCase {
        name: "QuickLogic"
        when: windowShown

        function test_a_state_when() {
            compare(root.state, "")
            root.level = 7
            compare(root.state, "high")
            compare(stateSpy.count, 1)
            compare(lamp.color, "#ff0000")
            tryCompare(lamp, "width", 50)
            root.level = 1
            compare(root.state, "")
            compare(lamp.width, 10)
        }

        function test_b_object_model() {
            compare(rep.count, 2)
            compare(col.children.length, 3)
            countSpy.clear()
            om.remove(0)
            compare(rep.count, 1)
            compare(countSpy.count, 1)
            compare(om.get(0).objectName, "two")
            verify(om.get(3) === null)
        }

        function test_c_fails() {
            compare(rep.count, 5, "deliberate")
        }
    }
}
