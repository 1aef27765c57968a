import QtQml

QtObject {
    property string topic: "general"
    property list<QtObject> messages
    property Message pinned: Message { author: "bot"; text: "welcome" }
    function post(author, text) {
        var c = Qt.createComponent("Message.qml")
        var m = c.createObject(this, { author: author, text: text })
        messages.push(m)
        return m
    }
}
