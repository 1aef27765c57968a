import QtQml
// Blank-padded strings are invalid urls (read ""); ports lose leading
// zeros, an empty port goes; escapes in the host are decoded.
QtObject {
    property url u
    Component.onCompleted: {
        var urls = [" ws://h/x ", "\tws://h/\n", "ws://h/a#b#c", "ws://h/a?b?c", "ws://h:/x", "ws://h:0080/", "ws://[::FFFF:1.2.3.4]/", "ws://h/%7E%2f", "ws://H%41/", "ws://ü.de/", "WS:x", "ws://h/a%", ""]
        for (var i = 0; i < urls.length; i++) { u = urls[i]; console.log(JSON.stringify(urls[i]), "->", JSON.stringify(u.toString())) }
        Qt.quit()
    }
}
