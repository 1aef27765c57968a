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
	if host == "" {
		host = "0.0.0.0"
	}
	s, err := StartServer(host, port)
	if err != nil {
		return "", fmt.Errorf("Cannot start the embedded NATS server on %s: %v", listen, err)
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

// StartServer starts a NATS server on host:port (port 0: a free port) and
// waits until it accepts clients: the embedded server, and a standalone
// broker for Go hosts and tests. Stop it with Shutdown.
func StartServer(host string, port int) (*server.Server, error) {
	if port == 0 {
		port = server.RANDOM_PORT
	} else {
		// A server that cannot listen only logs it and never becomes
		// ready: find out first.
		l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
		if err != nil {
			return nil, err
		}
		l.Close()
	}
	s, err := server.NewServer(&server.Options{Host: host, Port: port, NoSigs: true, NoLog: true, MaxPayload: 8 << 20})
	if err != nil {
		return nil, err
	}
	go s.Start()
	if !s.ReadyForConnections(5 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("not ready in 5 s")
	}
	return s, nil
}
