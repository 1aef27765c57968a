package pubsub

import (
	"crypto/tls"
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

// embedded returns the engine's in-process NATS server, starting it on
// first use at cfg.listen (or the module's default address), with the
// credentials and certificate of cfg (see serverSecurity). Every embedded
// Broker of an engine shares the one server, so the first one to start it
// sets them. Called from worker goroutines.
func (m *module) embedded(cfg config) (*server.Server, error) {
	m.srvMu.Lock()
	defer m.srvMu.Unlock()
	if m.srv != nil {
		return m.srv, nil
	}
	if m.stopped {
		return nil, fmt.Errorf("engine stopped")
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
		return nil, fmt.Errorf("Invalid listen address %q: %v", listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("Invalid listen address %q: bad port", listen)
	}
	if host == "" {
		host = "0.0.0.0"
	}
	o := &server.Options{Host: host, Port: port}
	if err := serverSecurity(o, cfg); err != nil {
		return nil, err
	}
	s, err := startServer(o)
	if err != nil {
		return nil, fmt.Errorf("Cannot start the embedded NATS server on %s: %v", listen, err)
	}
	m.srv = s
	return s, nil
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

// serverSecurity makes the embedded server require the credentials its
// Broker connects with, so that other processes joining it (--nats-listen)
// must give them too: user and password, a token, or the nkey of a seed
// file (one of the three; none: no authentication). With listenCertFile
// and listenKeyFile it requires TLS from them. A .creds file needs an
// operator set-up that an embedded server does not have, and the client
// TLS files have no use on the in-process connection: both are errors
// rather than settings that would be ignored.
func serverSecurity(o *server.Options, cfg config) error {
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
		return fmt.Errorf("caFile, certFile and keyFile are for a server given by url; the embedded server's certificate is listenCertFile and listenKeyFile")
	}
	if cfg.listenCert != "" || cfg.listenKey != "" {
		cert, err := tls.LoadX509KeyPair(cfg.listenCert, cfg.listenKey)
		if err != nil {
			return fmt.Errorf("Cannot load listenCertFile and listenKeyFile: %v", err)
		}
		o.TLS = true
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
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
