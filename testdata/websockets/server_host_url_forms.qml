import QtQml
import QtWebSockets

// The server url is built with QUrl::setHost, which normalises the host:
// IPv4 short forms (inet_aton style: "127.1", "010.1" octal, "0x7f.1" hex,
// one 32-bit number) become dotted quads, IPv6 addresses are compressed
// (longest zero run, IPv4-mapped with a dotted tail) and bracketed, names
// are lower-cased; a host QUrl refuses (blanks, separators, empty labels,
// leading or trailing '-') leaves the url with an empty host. host itself
// reads as assigned. "0x" is printed as "<0x>" (the recorder rewrites hex).
QtObject {
    id: root
    property WebSocketServer server: WebSocketServer {
        id: server
        port: 1234
    }
    Component.onCompleted: {
        var hosts = ["127.1", " 127.0.0.1", "127.0.0.1 ", " a", "a b", "a_b", "é.com", "ÉXAMPLE.com",
                     "0", "0x7f.1", "08.1.1.1", "256.1.1.1", "1.2.3.4.5", "a..b", ".a", "a.", "[::1",
                     "::1]", "[127.0.0.1]", "::1::", "1:2:3:4:5:6:7:8", "::FFFF:1.2.3.4", "FE80::1",
                     "a%b", "a/b", "a:b", "a@b", "*", "-a", "a-", "0:0:0:0:0:0:0:1", "1.2.3", "010.1",
                     "4294967295", "4294967296", "1.16777215", "a\tb", "[v1.x]", "1::", "::ffff:7f00:1",
                     "1:0:0:2:0:0:0:3", "1:0:2:3:4:5:6:7", "::1.2.3.4", "A-B.C"]
        for (var i = 0; i < hosts.length; i++) {
            server.host = hosts[i]
            console.log(JSON.stringify(hosts[i]).replace("0x", "<0x>"), "->", server.url,
                        server.host === hosts[i])
        }
        Qt.quit()
    }
}
