import QtQml
// Strings assigned to a url property read back as QUrl prints them.
QtObject {
    property url u
    Component.onCompleted: {
        var urls = ["WS://EXAMPLE.com:80/A/../B", "http://Example.COM/a%20b/%C3%A9?x=%41%2F&y=é#F%20g", "ws://example.com/%7e%7E%41%5a%2d", "HTTP://x.com/a b", "file:///tmp/A%20B", "qrc:/X.qml", "foo", "Foo:bar", "http://[::1]:80/", "ws://h/%25%3F%23%5B", "ws://h/a?b=%26%3D%2B", "ws://h/ä?ö#ü", "ws://H/%e2%82%ac", "ws://h/%zz", "ws://h/\"<>`{}|^\\"]
        for (var i = 0; i < urls.length; i++) { u = urls[i]; console.log(urls[i], "->", u) }
        Qt.quit()
    }
}
