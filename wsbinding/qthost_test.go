package wsbinding

import "testing"

// Expected values were read from Qt 6.4 (QUrl::setHost through
// WebSocketServer.url; QHostAddress through the host a server listens on).
func TestURLHost(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"127.1", "127.0.0.1"},
		{" 127.0.0.1", "127.0.0.1"},
		{"127.0.0.1 ", ""},
		{"0", "0.0.0.0"},
		{"0x7f.1", "127.0.0.1"},
		{"010.1", "8.0.0.1"},
		{"08.1.1.1", "08.1.1.1"},
		{"4294967295", "255.255.255.255"},
		{"4294967296", "4294967296"},
		{"1.16777215", "1.255.255.255"},
		{"a_b", "a_b"},
		{"ÉXAMPLE.com", "éxample.com"},
		{"a..b", ""},
		{"a.", "a."},
		{"-a", ""},
		{"[::1", ""},
		{"[127.0.0.1]", ""},
		{"[v1.x]", "[v1.x]"},
		{"0:0:0:0:0:0:0:1", "[::1]"},
		{"::FFFF:1.2.3.4", "[::ffff:1.2.3.4]"},
		{"::ffff:7f00:1", "[::ffff:127.0.0.1]"},
		{"1:0:0:2:0:0:0:3", "[1:0:0:2::3]"},
		{"1:0:2:3:4:5:6:7", "[1:0:2:3:4:5:6:7]"},
		{"::1.2.3.4", "[::1.2.3.4]"},
		{"::", "[::]"},
		{"1::", "[1::]"},
		{"fe80::1%lo", "[fe80::1%25lo]"},
	} {
		if got, _ := urlHost(c.in); got != c.want {
			t.Errorf("urlHost(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseHostAddress(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"127.0.0.1 ", "127.0.0.1", true},
		{"2130706433", "127.0.0.1", true},
		{"0:0:0:0:0:0:0:1", "::1", true},
		{"[::1]", "", false},
		{"localhost", "", false},
		{"1.2.3.4.5", "", false},
	} {
		ip, zone, v6, ok := parseHostAddress(c.in)
		got := ""
		if ok {
			got = hostString(ip, zone, v6)
		}
		if ok != c.ok || got != c.want {
			t.Errorf("parseHostAddress(%q) = %q %v, want %q %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
