package wsbinding

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"unicode"
)

// Host strings as Qt reads them: QHostAddress for the address a server
// listens on, QUrl::setHost for the host part of its url.

// parseIPv4 parses an IPv4 address as QIPAddressUtils::parseIp4 does,
// inet_aton style: one to four parts, each decimal, octal (leading 0) or
// hexadecimal (0x), the last one filling the remaining bytes ("127.1" is
// 127.0.0.1, "2130706433" too). Leading blanks of a part are skipped.
func parseIPv4(s string) (net.IP, bool) {
	var addr uint32
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return nil, false
	}
	for i, p := range parts {
		p = strings.TrimLeft(p, " \t\n\v\f\r")
		if p == "" || p[0] == '+' || p[0] == '-' {
			return nil, false
		}
		x, err := strconv.ParseUint(p, 0, 32)
		if err != nil || strings.HasPrefix(p, "0o") || strings.HasPrefix(p, "0O") || strings.HasPrefix(p, "0b") || strings.HasPrefix(p, "0B") || strings.Contains(p, "_") {
			return nil, false
		}
		if i < len(parts)-1 {
			if x > 0xff {
				return nil, false
			}
			addr = addr<<8 | uint32(x)
			continue
		}
		bits := 8 * (4 - i) // what the last part fills
		if bits < 32 && x>>bits != 0 {
			return nil, false
		}
		addr = addr<<bits | uint32(x)
	}
	return net.IPv4(byte(addr>>24), byte(addr>>16), byte(addr>>8), byte(addr)), true
}

// simplified is QString::simplified: blanks trimmed and runs of blanks
// inside replaced by one space.
func simplified(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseHostAddress parses a host as QHostAddress(QString) does: simplified,
// then IPv6 (with an optional %scope) if it has a ':', else IPv4. v6 tells
// an IPv6 address from an IPv4 one (an IPv4-mapped IPv6 address is IPv6).
func parseHostAddress(host string) (ip net.IP, zone string, v6, ok bool) {
	a := simplified(host)
	if strings.Contains(a, ":") {
		addr := a
		if i := strings.IndexByte(a, '%'); i >= 0 {
			addr, zone = a[:i], a[i+1:]
		}
		if ip := net.ParseIP(addr); ip != nil {
			return ip, zone, true, true
		}
	}
	if ip, ok := parseIPv4(a); ok {
		return ip, "", false, true
	}
	return nil, "", false, false
}

// ip6String writes an IPv6 address as QIPAddressUtils::toString does: the
// longest run of two or more zero groups as "::", IPv4-mapped and
// IPv4-compatible addresses with a dotted tail.
func ip6String(ip net.IP) string {
	ip = ip.To16()
	zero := true
	for _, b := range ip[:10] {
		zero = zero && b == 0
	}
	embedded := false
	if zero {
		switch {
		case ip[10] == 0xff && ip[11] == 0xff:
			embedded = true
		case ip[10] == 0 && ip[11] == 0:
			if ip[12] != 0 || ip[13] != 0 || ip[14] != 0 {
				embedded = true
			} else if ip[15] == 0 {
				return "::"
			}
		}
	}
	groups := 8
	if embedded {
		groups = 6
	}
	runLen, runAt := 0, -1
	for i := 0; i < groups; i++ {
		if ip[2*i] != 0 || ip[2*i+1] != 0 {
			continue
		}
		j := i
		for j < groups && ip[2*j] == 0 && ip[2*j+1] == 0 {
			j++
		}
		if j-i > runLen && j-i > 1 {
			runLen, runAt = j-i, i
		}
		i = j
	}
	var b strings.Builder
	for i := 0; i < groups; i++ {
		if i == runAt {
			b.WriteString("::")
			i += runLen - 1
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), ":") {
			b.WriteByte(':')
		}
		fmt.Fprintf(&b, "%x", uint16(ip[2*i])<<8|uint16(ip[2*i+1]))
	}
	if embedded {
		if !strings.HasSuffix(b.String(), ":") {
			b.WriteByte(':')
		}
		fmt.Fprintf(&b, "%d.%d.%d.%d", ip[12], ip[13], ip[14], ip[15])
	}
	return b.String()
}

// hostString is QHostAddress::toString.
func hostString(ip net.IP, zone string, v6 bool) string {
	if !v6 {
		return ip.String()
	}
	if zone != "" {
		return ip6String(ip) + "%" + zone
	}
	return ip6String(ip)
}

// urlHost is the host part QUrl::setHost makes of host (not empty): an
// IPv4 address in its dotted form, an IPv6 address (bracketed or not) in
// brackets, a registered name in lower case if its labels follow the STD3
// rules (underscores allowed, as Qt allows them); ok is false where QUrl
// refuses the host (the url then has an empty one).
func urlHost(host string) (string, bool) {
	if strings.HasPrefix(host, "[") {
		if !strings.HasSuffix(host, "]") || len(host) < 3 {
			return "", false
		}
		inner := host[1 : len(host)-1]
		if inner[0] == 'v' {
			return host, true // IPvFuture
		}
		return bracketIPv6(inner)
	}
	if ip, ok := parseIPv4(host); ok {
		return ip.String(), true
	}
	if name, ok := regName(host); ok {
		return name, true
	}
	// QUrl tries again in brackets, as an IPv6 address
	return bracketIPv6(host)
}

// bracketIPv6 is an IPv6 address (with an optional %zone) as a url host.
func bracketIPv6(s string) (string, bool) {
	addr, zone := s, ""
	if i := strings.IndexByte(s, '%'); i >= 0 {
		addr, zone = s[:i], s[i+1:]
	}
	ip := net.ParseIP(addr)
	if ip == nil || !strings.Contains(addr, ":") {
		return "", false
	}
	if zone != "" {
		return "[" + ip6String(ip) + "%25" + zone + "]", true
	}
	return "[" + ip6String(ip) + "]", true
}

// regName checks a registered name as Qt's IDNA processing with the STD3
// rules does: non-empty labels (a final dot is allowed) of letters,
// digits, '-' (not first or last) and '_', at most 63 characters.
func regName(host string) (string, bool) {
	name := strings.ToLower(host)
	labels := strings.Split(strings.TrimSuffix(name, "."), ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return "", false
		}
		for _, r := range l {
			if r != '-' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "", false
			}
		}
	}
	return name, true
}
