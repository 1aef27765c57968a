package wsbinding

import (
	"reflect"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestIdleStructSizes keeps what an idle server-side connection costs in
// wsbinding: its conn and socket. State that only some connections need
// belongs in connAux, clientState or extState.
func TestIdleStructSizes(t *testing.T) {
	if n := unsafe.Sizeof(conn{}); n > 176 {
		t.Errorf("conn is %d bytes, want at most 176", n)
	}
	if n := unsafe.Sizeof(socket{}); n > 48 {
		t.Errorf("socket is %d bytes, want at most 48", n)
	}
}

// TestConnAuxSpare checks that connAux.spare looks at every field: a record
// that holds any state must not be let go of (and reused by another
// connection).
func TestConnAuxSpare(t *testing.T) {
	if !(&connAux{}).spare() || !(&connAux{ends: []int64{5}, endsHead: 1}).spare() {
		t.Fatal("an empty record is not spare")
	}
	typ := reflect.TypeFor[connAux]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Name == "endsHead" {
			continue // an index into ends, which the case of ends covers
		}
		var a connAux
		v := reflect.ValueOf(&a).Elem().Field(i)
		v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
		switch v.Kind() {
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
		case reflect.Func:
			v.Set(reflect.MakeFunc(v.Type(), func([]reflect.Value) []reflect.Value {
				return make([]reflect.Value, v.Type().NumOut())
			}))
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		case reflect.String:
			v.SetString("x")
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Int, reflect.Int64:
			v.SetInt(1)
		case reflect.Uint32:
			v.SetUint(1)
		default:
			t.Fatalf("field %s: kind %s not covered by this test", f.Name, v.Kind())
		}
		if a.spare() {
			t.Errorf("a record with %s set is spare", f.Name)
		}
	}
}

func TestHeaderList(t *testing.T) {
	head := "GET /chat HTTP/1.1\r\nHost: example.com\r\nSec-WebSocket-Protocol: a, b\r\nno colon\r\nX-Custom :  v:1 \r\nsec-websocket-protocol: c\r\n\r\n"
	want := [][2]string{{"host", "example.com"}, {"sec-websocket-protocol", "a, b"}, {"x-custom", "v:1"}, {"sec-websocket-protocol", "c"}}
	if got := headerList(head); !reflect.DeepEqual(got, want) {
		t.Errorf("headerList = %q, want %q", got, want)
	}
	if got := headerList("HTTP/1.1 101 Switching Protocols\r\n\r\n"); len(got) != 0 {
		t.Errorf("no headers: %q", got)
	}
	var names []string
	eachHeader(head, func(name, value string) { names = append(names, name) })
	if want := []string{"Host", "Sec-WebSocket-Protocol", "X-Custom", "sec-websocket-protocol"}; !reflect.DeepEqual(names, want) {
		t.Errorf("eachHeader names = %q, want %q", names, want)
	}
}

func TestPeerAddr(t *testing.T) {
	for _, tt := range []struct {
		sa   unix.Sockaddr
		ip   string
		port int
	}{
		{&unix.SockaddrInet4{Port: 8080, Addr: [4]byte{192, 0, 2, 7}}, "192.0.2.7", 8080},
		{&unix.SockaddrInet6{Port: 443, Addr: [16]byte{0x20, 0x01, 0x0d, 0xb8, 15: 1}}, "2001:db8::1", 443},
		{nil, "", 0},
	} {
		if ip, port := peerIP(peerOf(tt.sa)); ip != tt.ip || port != tt.port {
			t.Errorf("%v: %q %d, want %q %d", tt.sa, ip, port, tt.ip, tt.port)
		}
	}
}

// TestRemoveConn: a server's connections stay a dense slice, each at its
// index, as they close in any order.
func TestRemoveConn(t *testing.T) {
	s := &server{}
	cs := make([]*conn, 4)
	for i := range cs {
		cs[i] = &conn{idx: int32(len(s.conns))}
		s.conns = append(s.conns, cs[i])
	}
	for _, i := range []int{1, 3, 0, 2} {
		s.removeConn(cs[i])
		for j, c := range s.conns {
			if c.idx != int32(j) || c == cs[i] {
				t.Fatalf("after removing %d: conns[%d] has index %d", i, j, c.idx)
			}
		}
	}
	if len(s.conns) != 0 {
		t.Fatalf("%d connections left", len(s.conns))
	}
}
