package wsbinding

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/gobwas/httphead"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsflate"
)

// permessage-deflate (RFC 7692) without context takeover in either
// direction: every message is compressed on its own, so a connection keeps
// no compression state between messages and one compressor and one
// decompressor per engine (the loop is single-threaded) serve every
// connection. An idle connection costs nothing more than without
// compression; the price is a lower ratio than with a shared window.

// minCompress is the smallest payload worth compressing: shorter messages
// rarely shrink once the deflate block header is paid.
const minCompress = 64

// deflateLevel trades ratio for CPU; see README ("Compression").
const deflateLevel = flate.BestSpeed

var errInflatedTooBig = errors.New("decompressed message too big")

// codec is the engine's shared compressor and decompressor.
type codec struct {
	w      *wsflate.Writer
	zbuf   bytes.Buffer
	lastIn []byte // the last message compressed, whose result zbuf holds
	lastOK bool
	r      *wsflate.Reader
	src    bytes.Reader
	out    []byte
}

// inflater lets wsflate.Reader reuse compress/flate's decompressor.
type inflater struct{ io.ReadCloser }

func (f inflater) Reset(r io.Reader) { f.ReadCloser.(flate.Resetter).Reset(r, nil) }

func (m *module) codec() *codec {
	if m.z == nil {
		m.z = newCodec(deflateLevel)
	}
	return m.z
}

func newCodec(level int) *codec {
	z := &codec{}
	z.w = wsflate.NewWriter(&z.zbuf, func(w io.Writer) wsflate.Compressor {
		fw, _ := flate.NewWriter(w, level)
		return fw
	})
	z.r = wsflate.NewReader(&z.src, func(r io.Reader) wsflate.Decompressor {
		return inflater{flate.NewReader(r)}
	})
	return z
}

// compress returns p compressed as one permessage-deflate message; the
// result is valid until the next call. Without context takeover the same
// message always compresses to the same bytes, so a message broadcast to
// many connections is compressed once.
func (z *codec) compress(p []byte) ([]byte, error) {
	if z.lastOK && bytes.Equal(p, z.lastIn) {
		return z.zbuf.Bytes(), nil
	}
	z.lastOK = false
	z.zbuf.Reset()
	z.w.Reset(&z.zbuf)
	if _, err := z.w.Write(p); err != nil {
		return nil, err
	}
	if err := z.w.Flush(); err != nil {
		return nil, err
	}
	if len(p) <= readChunk {
		z.lastIn, z.lastOK = append(z.lastIn[:0], p...), true
	}
	return z.zbuf.Bytes(), nil
}

// decompress inflates a compressed message, refusing to produce more than
// limit bytes; the result is valid until the next call.
func (z *codec) decompress(p []byte, limit int64) ([]byte, error) {
	z.src.Reset(p)
	z.r.Reset(&z.src)
	out := z.out[:0]
	for {
		if len(out) == cap(out) {
			out = append(out, 0)[:len(out)]
		}
		n, err := z.r.Read(out[len(out):cap(out)])
		out = out[:len(out)+n]
		if int64(len(out)) > limit {
			z.release(out)
			return nil, errInflatedTooBig
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			z.release(out)
			return nil, err
		}
	}
	z.out = out
	return out, nil
}

// release keeps the output buffer unless a large message grew it.
func (z *codec) release(out []byte) {
	if cap(out) > 4*readChunk {
		out = nil
	}
	z.out = out[:0]
}

// deflateOffer is what the server learned from a client's
// permessage-deflate offers.
type deflateOffer struct {
	accepted bool
	// maxBits is the client's server_max_window_bits (0: not limited):
	// compress/flate always uses a 32 KiB window, so only messages no
	// longer than 2^maxBits are compressed (a back reference cannot reach
	// further than the message itself).
	maxBits uint8
}

// negotiate answers the client's offers (ws.Upgrader.Negotiate): the first
// valid permessage-deflate offer is accepted with server_no_context_takeover
// and client_no_context_takeover (RFC 7692 lets a server add both), echoing
// server_max_window_bits if the client asked for it. An invalid offer is
// declined, not fatal.
func (d *deflateOffer) negotiate(opt httphead.Option) (httphead.Option, error) {
	if d.accepted || !bytes.Equal(opt.Name, wsflate.ExtensionNameBytes) {
		return httphead.Option{}, nil
	}
	var p wsflate.Parameters
	if err := p.Parse(opt); err != nil || repeatsParameter(opt) {
		return httphead.Option{}, nil
	}
	d.accepted = true
	resp := wsflate.Parameters{ServerNoContextTakeover: true, ClientNoContextTakeover: true}
	if p.ServerMaxWindowBits.Defined() {
		resp.ServerMaxWindowBits = p.ServerMaxWindowBits
		if p.ServerMaxWindowBits < 15 {
			d.maxBits = uint8(p.ServerMaxWindowBits)
		}
	}
	return resp.Option(), nil
}

// repeatsParameter reports an offer that names a parameter twice, which
// RFC 7692 (section 5) says a server must decline. wsflate's Parse catches
// every repetition but a bare client_max_window_bits.
func repeatsParameter(opt httphead.Option) bool {
	seen := 0
	repeated := false
	opt.Parameters.ForEach(func(key, _ []byte) bool {
		if string(key) == "client_max_window_bits" {
			seen++
		}
		repeated = seen > 1
		return !repeated
	})
	return repeated
}

// deflateClientOffer is the client's offer: no context takeover either way
// (the engine's decompressor keeps no window between messages).
const deflateClientOffer = "permessage-deflate; server_no_context_takeover; client_no_context_takeover"

// accept checks a server's answer to deflateClientOffer: one
// permessage-deflate with server_no_context_takeover, and possibly a
// client_max_window_bits limit for what this side compresses.
func (d *deflateOffer) accept(header string) bool {
	opts, ok := httphead.ParseOptions([]byte(header), nil)
	if !ok || len(opts) != 1 || !bytes.Equal(opts[0].Name, wsflate.ExtensionNameBytes) {
		return false
	}
	var p wsflate.Parameters
	if err := p.Parse(opts[0]); err != nil || repeatsParameter(opts[0]) || !p.ServerNoContextTakeover {
		return false
	}
	if p.ClientMaxWindowBits == 1 { // a bare client_max_window_bits is for offers only
		return false
	}
	d.accepted = true
	if p.ClientMaxWindowBits.Defined() && p.ClientMaxWindowBits < 15 {
		d.maxBits = uint8(p.ClientMaxWindowBits)
	}
	return true
}

// compressible reports whether an outgoing data message is compressed.
func (c *conn) compressible(n int) bool {
	return c.pmd && n >= minCompress && (c.pmdBits == 0 || n <= 1<<c.pmdBits)
}

// deliverDeflated inflates a compressed message and delivers it.
func (c *conn) deliverDeflated(op ws.OpCode, p []byte) error {
	c.msgOp = 0
	z := c.m.codec()
	out, err := z.decompress(p, int64(c.maxMsg))
	if err == errInflatedTooBig {
		return protocolError(ws.StatusMessageTooBig, reasonMessageTooBig)
	}
	if err != nil {
		return protocolError(ws.StatusInvalidFramePayloadData, "invalid compressed data")
	}
	defer z.release(out)
	if op == ws.OpText && !utf8.Valid(out) {
		return protocolError(ws.StatusInvalidFramePayloadData, reasonUTF8)
	}
	c.deliver(op, out)
	return nil
}
