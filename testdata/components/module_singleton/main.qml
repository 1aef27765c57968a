import QtQml
import MyCompany.Chat 1.0

QtObject {
    id: root
    property Message a: Message { text: "one" }
    property Message b: Message { text: "two" }
    property Poster poster: Poster {}
    property Connections watch: Connections {
        target: ChatConfig
        function onPrefixChanged() { console.log("Connections: prefixChanged", ChatConfig.prefix) }
        function onMaxLengthChanged() { console.log("Connections: maxLengthChanged", ChatConfig.maxLength) }
    }
    Component.onCompleted: {
        console.log("root completed", typeof ChatConfig)
        console.log(a.shown, b.shown)
        ChatConfig.prefix = "#"
        console.log(a.shown, b.shown)
        console.log(poster.grow(), ChatConfig.maxLength)
        Qt.callLater(function() {
            console.log("created count", ChatConfig.created)
            Qt.quit()
        })
    }
}
