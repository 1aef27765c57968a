package pubsub

import (
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// defaultListen is where the embedded server listens when neither the
// Broker's listen property nor Options.Listen says: loopback, any port.
const defaultListen = "127.0.0.1:0"

// embedded returns the URL of the engine's in-process NATS server,
// starting it on first use at listen (or the module's default address).
// Every embedded Broker of an engine shares the one server. Called from
// worker goroutines.
func (m *module) embedded(listen string) (string, error) {
	m.srvMu.Lock()
	defer m.srvMu.Unlock()
	if m.srv != nil {
		return m.srv.ClientURL(), nil
	}
	if m.stopped {
		return "", fmt.Errorf("engine stopped")
	}
	if listen == "" {
		listen = m.opts.Listen
	}
	if listen == "" {
		listen = defaultListen
	}
	host, portStr, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("Invalid listen address %q: %v", listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", fmt.Errorf("Invalid listen address %q: bad port", listen)
	}
	if port == 0 {
		port = server.RANDOM_PORT
	} else if l, err := net.Listen("tcp", listen); err != nil {
		// The server would only log this and never become ready.
		return "", fmt.Errorf("Cannot start the embedded NATS server: %v", err)
	} else {
		l.Close()
	}
	if host == "" {
		host = "0.0.0.0"
	}
	s, err := server.NewServer(&server.Options{Host: host, Port: port, NoSigs: true, NoLog: true, MaxPayload: 8 << 20})
	if err != nil {
		return "", fmt.Errorf("Cannot start the embedded NATS server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(5 * time.Second) {
		s.Shutdown()
		return "", fmt.Errorf("Cannot start the embedded NATS server on %s", listen)
	}
	m.srv = s
	return s.ClientURL(), nil
}

// stopEmbedded shuts the embedded server down (engine stop).
func (m *module) stopEmbedded() {
	m.srvMu.Lock()
	s := m.srv
	m.srv = nil
	m.stopped = true
	m.srvMu.Unlock()
	if s != nil {
		s.Shutdown()
		s.WaitForShutdown()
	}
}
