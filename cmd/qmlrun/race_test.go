//go:build race

package main

// raceEnabled: the race detector slows goja down by an order of magnitude,
// past the safety timers of the scripts that move megabytes through
// JavaScript; .ci/run also runs the golden tests without -race.
const raceEnabled = true
