import QtQml

QtObject {
    property int literal: 5
    property int bound: literal + 1
    property string boundString: "s" + literal
    property int plain
    onLiteralChanged: console.log("literalChanged", literal)
    onBoundChanged: console.log("boundChanged", bound)
    onBoundStringChanged: console.log("boundStringChanged", boundString)
    onPlainChanged: console.log("plainChanged", plain)
    Component.onCompleted: {
        console.log("completed", literal, bound, boundString, plain)
        Qt.quit()
    }
}
