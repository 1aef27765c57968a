package runtime

import "testing"

// Expected values were printed by Qt 6.4 (a url property assigned the
// string and read back).
func TestPrettyURL(t *testing.T) {
	for in, want := range map[string]string{
		"WS://EXAMPLE.com:80/A/../B":                         "ws://example.com:80/A/../B",
		"http://Example.COM/a%20b/%C3%A9?x=%41%2F&y=é#F%20g": "http://example.com/a b/é?x=A%2F&y=é#F g",
		"ws://example.com/%7e%7E%41%5a%2d":                   "ws://example.com/~~AZ-",
		"HTTP://x.com/a b":                                   "http://x.com/a b",
		"file:///tmp/A%20B":                                  "file:///tmp/A B",
		"qrc:/X.qml":                                         "qrc:/X.qml",
		"foo":                                                "foo",
		"Foo:bar":                                            "foo:bar",
		"http://[::1]:80/":                                   "http://[::1]:80/",
		"ws://h/%25%3F%23%5B":                                "ws://h/%25%3F%23%5B",
		"ws://h/a?b=%26%3D%2B":                               "ws://h/a?b=%26%3D%2B",
		"ws://h/ä?ö#ü":                                       "ws://h/ä?ö#ü",
		"ws://H/%e2%82%ac":                                   "ws://h/€",
		"ws://h/%zz":                                         "ws://h/%25zz",
		"ws://h/\"<>`{}|^\\":                                 "ws://h/%22%3C%3E%60%7B%7D%7C%5E%5C",
		"ws://user:pw@example.com:1234/x":                    "ws://user:pw@example.com:1234/x",
		" ws://h/x ":                                         "",
		"\tws://h/\n":                                        "",
		"ws://h:/x":                                          "ws://h/x",
		"ws://h:0080/":                                       "ws://h:80/",
		"ws://[::FFFF:1.2.3.4]/":                             "ws://[::ffff:1.2.3.4]/",
		"ws://h/%7E%2f":                                      "ws://h/~%2F",
		"ws://H%41/":                                         "ws://ha/",
		"WS:x":                                               "ws:x",
		"ws://h/a%":                                          "ws://h/a%25",
		"ws://127.0.0.1:1234":                                "ws://127.0.0.1:1234",
	} {
		if got := prettyURL(in); got != want {
			t.Errorf("prettyURL(%q) = %q, want %q", in, got, want)
		}
	}
}
