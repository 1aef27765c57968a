package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
)

// importPaths is a repeatable -I flag.
type importPaths []string

func (p *importPaths) String() string     { return strings.Join(*p, ",") }
func (p *importPaths) Set(v string) error { *p = append(*p, v); return nil }

// newEngine creates an engine with every module qmlrun ships.
func newEngine(opts runtime.Options) (*runtime.Engine, error) {
	return newEngineWith(opts, moduleOptions{})
}

// newEngineWith is newEngine with module settings from flags.
func newEngineWith(opts runtime.Options, mo moduleOptions) (*runtime.Engine, error) {
	e := runtime.New(opts)
	for _, m := range modules(mo) {
		if err := e.Register(m); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// scriptBudget maps the -script-timeout flag (0: no limit) to
// Options.ScriptTimeout (negative: no limit).
func scriptBudget(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

// cmdRun implements `qmlrun [-I DIR]... [--nats-listen ADDR] [-script-timeout D] FILE.qml [-- ARGS...]`.
func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	keepHeapFloor()
	fs := flag.NewFlagSet("qmlrun", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var imports importPaths
	fs.Var(&imports, "I", "add an import path (repeatable)")
	budget := fs.Duration("script-timeout", runtime.DefaultScriptTimeout, "interrupt JavaScript running longer than this in one call (0: never)")
	var mo moduleOptions
	fs.StringVar(&mo.natsListen, "nats-listen", "", "address of the embedded NATS server (host:port)")
	var ops opsFlags
	ops.register(fs)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	file, extra := rest[0], rest[1:]
	// Signals are caught from the start: a SIGTERM during loading still
	// shuts down gracefully.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	if ops.watch {
		signal.Notify(sigs, syscall.SIGHUP)
	}
	defer signal.Stop(sigs)
	if len(extra) > 0 && extra[0] == "--" {
		extra = extra[1:]
	}
	opts := runtime.Options{
		ImportPaths:   imports,
		Stdout:        stdout,
		Stderr:        stderr,
		Args:          append([]string{"qmlrun", file}, extra...),
		ScriptTimeout: scriptBudget(*budget),
	}
	if err := ops.setup(&opts, stderr); err != nil {
		fmt.Fprintln(stderr, "qmlrun:", err)
		return 2
	}
	mo.ws = ops.ws
	if ops.watch {
		if file == "-" {
			fmt.Fprintln(stderr, "qmlrun: --watch needs a file")
			return 2
		}
		return runWatch(file, func() (*runtime.Engine, error) { return newEngineWith(opts, mo) }, sigs, stderr, ops.drainTimeout)
	}
	e, err := newEngineWith(opts, mo)
	if err != nil {
		fmt.Fprintln(stderr, "qmlrun:", err)
		return 1
	}
	if file == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "qmlrun:", err)
			return 1
		}
		wd, _ := os.Getwd()
		file = wd + "/stdin.qml"
		if err := e.LoadString(file, string(src)); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		return runWithSignals(e, sigs, ops.drainTimeout)
	}
	if err := e.Load(file); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return runWithSignals(e, sigs, ops.drainTimeout)
}
