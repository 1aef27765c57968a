import QtQml
import MyCompany.Chat 1.0

QtObject {
    property Room room: Room { topic: "qml" }
    property Message loose: Message { author: "me"; text: "hi" }
    Component.onCompleted: {
        console.log(room.topic, room.pinned.format(), loose.format())
        room.post("alice", "hello")
        room.post("bob", "hey")
        console.log(room.messages.length, room.messages[1].format())
        Qt.quit()
    }
}
