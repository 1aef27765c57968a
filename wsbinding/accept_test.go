package wsbinding_test

import (
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"golang.org/x/sys/unix"
)

// TestAcceptBacksOffWithoutDescriptors: connections arrive while the
// process has no file descriptor left, so the server cannot accept them.
// The server must not spin on the listening socket that stays readable
// (it used a whole core until descriptors were free again), must go on
// serving its open connection, and must accept the waiting ones once
// descriptors are free.
func TestAcceptBacksOffWithoutDescriptors(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	url := rootURL(t, e)
	port, _ := strconv.Atoi(url[strings.LastIndex(url, ":")+1:])
	open := dialRaw(t, url)

	// Client sockets made while descriptors are available, connected
	// once they are all used up.
	var socks []int
	for i := 0; i < 4; i++ {
		fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		socks = append(socks, fd)
	}
	defer func() {
		for _, fd := range socks {
			unix.Close(fd)
		}
	}()
	var old unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &old); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip(err)
	}
	lim := old
	lim.Cur = uint64(len(entries) - 1) // every descriptor in use (ReadDir's own is closed)
	if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &lim); err != nil {
		t.Skip(err)
	}
	restored := false
	restore := func() {
		if !restored {
			restored = true
			unix.Setrlimit(unix.RLIMIT_NOFILE, &old)
		}
	}
	defer restore()
	for _, fd := range socks {
		if err := unix.Connect(fd, &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
			t.Fatal(err)
		}
	}
	before := cpuTime()
	time.Sleep(500 * time.Millisecond)
	used := cpuTime() - before
	open.frame(true, 0, ws.OpText, []byte("still served"), true)
	if _, p := open.read(); string(p) != "still served" {
		t.Fatalf("echo %q", p)
	}
	restore()
	if used > 200*time.Millisecond {
		t.Errorf("the process used %v of CPU in 500 ms without descriptors", used)
	}
	// The waiting connections are accepted now.
	for _, fd := range socks {
		tv := unix.NsecToTimeval(int64(5 * time.Second))
		unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv)
		req := "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
		if _, err := unix.Write(fd, []byte(req)); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 12)
		if n, err := io.ReadFull(fdReader(fd), buf); err != nil || string(buf[:n]) != "HTTP/1.1 101" {
			t.Fatalf("answer %q, %v", buf[:n], err)
		}
	}
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// fdReader reads from a raw socket.
type fdReader int

func (f fdReader) Read(p []byte) (int, error) {
	n, err := unix.Read(int(f), p)
	if n <= 0 && err == nil {
		return 0, io.EOF
	}
	if n < 0 {
		n = 0
	}
	return n, err
}
