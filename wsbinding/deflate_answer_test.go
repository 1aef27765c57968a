package wsbinding

import "testing"

// TestDeflateAnswers: which answers to its offer (deflateClientOffer) a
// client accepts. The answer must keep server_no_context_takeover (the
// client keeps no window between messages); client_max_window_bits=N
// limits what the client compresses; anything malformed fails the
// handshake (RFC 7692 section 5.1).
func TestDeflateAnswers(t *testing.T) {
	for _, tt := range []struct {
		answer string
		ok     bool
		bits   uint8
	}{
		{"permessage-deflate; server_no_context_takeover", true, 0},
		{"permessage-deflate;server_no_context_takeover;client_no_context_takeover", true, 0},
		{"permessage-deflate; server_no_context_takeover; server_max_window_bits=10", true, 0},
		{"permessage-deflate; server_no_context_takeover; client_max_window_bits=9", true, 9},
		{"permessage-deflate; server_no_context_takeover; client_max_window_bits=15", true, 0},
		{"permessage-deflate", false, 0},
		{"permessage-deflate; client_no_context_takeover", false, 0},
		{"permessage-deflate; server_no_context_takeover; client_max_window_bits", false, 0},
		{"permessage-deflate; server_no_context_takeover; client_max_window_bits=7", false, 0},
		{"permessage-deflate; server_no_context_takeover; client_max_window_bits; client_max_window_bits=10", false, 0},
		{"permessage-deflate; server_no_context_takeover; server_no_context_takeover", false, 0},
		{"permessage-deflate; server_no_context_takeover; foo", false, 0},
		{"permessage-deflate; server_no_context_takeover, permessage-deflate; server_no_context_takeover", false, 0},
		{"x-webkit-deflate-frame", false, 0},
		{"", false, 0},
	} {
		var d deflateOffer
		if ok := d.accept(tt.answer); ok != tt.ok || d.maxBits != tt.bits {
			t.Errorf("answer %q: accepted %v with %d bits, want %v with %d", tt.answer, ok, d.maxBits, tt.ok, tt.bits)
		}
	}
}
