package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestShortSoak runs the soak in its short mode: 500 connections churning
// for 12 s with messages and misbehaving clients, every check enabled.
func TestShortSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "qmlrun")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/qmlrun/qmlrun/cmd/qmlrun").CombinedOutput(); err != nil {
		t.Fatalf("building qmlrun: %v\n%s", err, out)
	}
	var out bytes.Buffer
	rep, err := run(context.Background(), config{
		qmlrun: bin, qml: "../../testdata/soak/chat.qml",
		duration: 12 * time.Second, conns: 500, lifetime: 4 * time.Second,
		rate: 20, size: 64, bad: 10,
		warmup: 3 * time.Second, settle: 2 * time.Second, settleMax: 8 * time.Second, maxBacklog: 1 << 20, ramp: 500,
	}, &out)
	t.Log(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.ok() {
		t.Fatal("soak failed")
	}
	if rep.st.verified.Load() < 500 || rep.st.deliveries.Load() == 0 || rep.st.canaryEchoes.Load() == 0 {
		t.Fatalf("too little checked: %d clients, %d deliveries", rep.st.verified.Load(), rep.st.deliveries.Load())
	}
}
