import QtQuick

Item {
    id: root
    property int value: 0
    property int step: 1
    property alias label: text.text
    signal overflowed(int at)
    Text { id: text; text: "count: " + root.value }
    function increment() {
        value += step
        if (value > 10) {
            overflowed(value)
            value = 0
        }
    }
}
