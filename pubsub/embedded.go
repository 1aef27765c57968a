package pubsub

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"
)

// defaultListen is where the embedded server listens when neither the
// Broker's listen property nor Options.Listen says: loopback, any port.
const defaultListen = "127.0.0.1:0"

// embedded returns the URL of the engine's in-process NATS server,
// starting it on first use at cfg.listen (or the module's default
// address), requiring the credentials of cfg (see serverAuth). Every
// embedded Broker of an engine shares the one server, so the first one to
// start it sets its credentials. Called from worker goroutines.
func (m *module) embedded(cfg config) (string, error) {
	m.srvMu.Lock()
	defer m.srvMu.Unlock()
	if m.srv != nil {
		return m.srv.ClientURL(), nil
	}
	if m.stopped {
		return "", fmt.Errorf("engine stopped")
	}
	listen := cfg.listen
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
	o := &server.Options{Host: host, Port: port}
	if err := serverAuth(o, cfg); err != nil {
		return "", err
	}
	s, err := startServer(o)
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
	return startServer(&server.Options{Host: host, Port: port})
}

// startServer starts a server with o's address and authentication, and
// the settings every qmlrun server has: no signal handlers, no log,
// payloads up to 8 MiB.
func startServer(o *server.Options) (*server.Server, error) {
	if o.Port == 0 {
		o.Port = server.RANDOM_PORT
	} else {
		// A server that cannot listen only logs it and never becomes
		// ready: find out first.
		l, err := net.Listen("tcp", net.JoinHostPort(o.Host, strconv.Itoa(o.Port)))
		if err != nil {
			return nil, err
		}
		l.Close()
	}
	o.NoSigs, o.NoLog, o.MaxPayload = true, true, 8<<20
	s, err := server.NewServer(o)
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

// serverAuth makes the embedded server require the credentials its Broker
// connects with, so that other processes joining it (--nats-listen) must
// give them too: user and password, a token, or the nkey of a seed file
// (one of the three; none: no authentication). A .creds file needs an
// operator set-up that an embedded server does not have, and TLS files
// are a client's of a server with TLS, which the embedded one is not:
// both are errors rather than settings that would be ignored or fail
// obscurely.
func serverAuth(o *server.Options, cfg config) error {
	n := 0
	if cfg.user != "" || cfg.password != "" {
		o.Username, o.Password = cfg.user, cfg.password
		n++
	}
	if cfg.token != "" {
		o.Authorization = cfg.token
		n++
	}
	if cfg.nkeySeed != "" {
		pub, err := nkeyPublic(cfg.nkeySeed)
		if err != nil {
			return err
		}
		o.Nkeys = []*server.NkeyUser{{Nkey: pub}}
		n++
	}
	if n > 1 {
		return fmt.Errorf("The embedded NATS server takes one kind of credentials: user and password, token or nkeySeedFile")
	}
	if cfg.creds != "" {
		return fmt.Errorf("The embedded NATS server cannot check a credentialsFile (it needs an operator); use user and password, token or nkeySeedFile")
	}
	if cfg.caFile != "" || cfg.certFile != "" || cfg.keyFile != "" {
		return fmt.Errorf("The embedded NATS server does not use TLS; caFile, certFile and keyFile are for a standalone nats-server's url")
	}
	return nil
}

// nkeyPublic returns the public user key of an nkey seed file.
func nkeyPublic(seedFile string) (string, error) {
	b, err := os.ReadFile(seedFile)
	if err != nil {
		return "", fmt.Errorf("Cannot read nkeySeedFile: %v", err)
	}
	kp, err := nkeys.ParseDecoratedNKey(b)
	clear(b)
	if err != nil {
		return "", fmt.Errorf("Invalid nkeySeedFile %s: %v", seedFile, err)
	}
	defer kp.Wipe()
	pub, err := kp.PublicKey()
	if err != nil || !nkeys.IsValidPublicUserKey(pub) {
		return "", fmt.Errorf("Invalid nkeySeedFile %s: not a user seed", seedFile)
	}
	return pub, nil
}
