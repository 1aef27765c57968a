package runtime

import (
	"strings"
	"unicode/utf8"
)

// prettyURL returns a string assigned to a url property the way QUrl reads
// it back (QUrl(s).toString(), tolerant parsing, PrettyDecoded): scheme and
// host in lower case; percent-encoded unreserved characters, spaces and
// UTF-8 sequences decoded, other escapes kept with upper-case hex; a '%'
// that starts no escape and the characters QUrl never leaves bare
// ("<>\^`{|} and controls) encoded. Dot segments and everything else stay
// as written.
func prettyURL(s string) string {
	if blankPadded(s) {
		return "" // an invalid url reads ""
	}
	if !needsPretty(s) && !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	rest := s
	if i := schemeEnd(s); i > 0 {
		b.WriteString(strings.ToLower(s[:i+1]))
		rest = s[i+1:]
	}
	if strings.HasPrefix(rest, "//") {
		end := strings.IndexAny(rest[2:], "/?#")
		if end < 0 {
			end = len(rest)
		} else {
			end += 2
		}
		auth := rest[2:end]
		b.WriteString("//")
		if at := strings.LastIndexByte(auth, '@'); at >= 0 {
			prettyPart(&b, auth[:at+1])
			auth = auth[at+1:]
		}
		host, port := auth, ""
		if i := strings.LastIndexByte(auth, ':'); i >= 0 && !strings.Contains(auth[i:], "]") {
			host, port = auth[:i], auth[i+1:]
		}
		var hb strings.Builder
		prettyPart(&hb, host)
		b.WriteString(strings.ToLower(hb.String()))
		// QUrl keeps the port as a number: no leading zeros, none if empty
		if p := strings.TrimLeft(port, "0"); port != "" {
			if p == "" {
				p = "0"
			}
			b.WriteString(":" + p)
		}
		rest = rest[end:]
	}
	prettyPart(&b, rest)
	return b.String()
}

// blankPadded reports whether s starts or ends with a blank or control
// character, which QUrl refuses.
func blankPadded(s string) bool { return s != "" && (s[0] <= ' ' || s[len(s)-1] <= ' ') }

// needsPretty reports whether s has anything prettyURL changes: upper-case
// letters (scheme or host), '%' or characters to encode.
func needsPretty(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' || (c >= 'A' && c <= 'Z') || c < 0x20 || c == 0x7f || strings.IndexByte(`"<>\^`+"`{|}", c) >= 0 {
			return true
		}
	}
	return false
}

// schemeEnd returns the index of the ':' ending a URL scheme, or -1.
func schemeEnd(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case c == ':' && i > 0:
			return i
		default:
			return -1
		}
	}
	return -1
}

const upperHex = "0123456789ABCDEF"

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// escapedByte decodes the escape %XX at s[i:], if there is one.
func escapedByte(s string, i int) (byte, bool) {
	if i+2 >= len(s) || s[i] != '%' {
		return 0, false
	}
	h, ok1 := unhex(s[i+1])
	l, ok2 := unhex(s[i+2])
	return h<<4 | l, ok1 && ok2
}

func writeEscape(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(upperHex[c>>4])
	b.WriteByte(upperHex[c&15])
}

// prettyPart writes a part of a URL with QUrl's PrettyDecoded escaping.
func prettyPart(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '%' {
			if c < 0x20 || c == 0x7f || strings.IndexByte(`"<>\^`+"`{|}", c) >= 0 {
				writeEscape(b, c)
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		v, ok := escapedByte(s, i)
		if !ok {
			b.WriteString("%25")
			i++
			continue
		}
		switch {
		case v == ' ' || v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || v == '-' || v == '.' || v == '_' || v == '~':
			b.WriteByte(v)
			i += 3
			continue
		case v >= 0x80:
			// a UTF-8 sequence written as escapes decodes as a whole
			var seq []byte
			decoded := false
			for j := i; len(seq) < utf8.UTFMax && !decoded; j += 3 {
				x, ok := escapedByte(s, j)
				if !ok || x < 0x80 {
					break
				}
				seq = append(seq, x)
				if r, n := utf8.DecodeRune(seq); r != utf8.RuneError && n == len(seq) {
					b.Write(seq)
					i = j + 3
					decoded = true
				}
			}
			if decoded {
				continue
			}
		}
		writeEscape(b, v)
		i += 3
	}
}
