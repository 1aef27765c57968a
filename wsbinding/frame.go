package wsbinding

import (
	"encoding/binary"
	"errors"
	"strconv"

	"github.com/gobwas/ws"
)

// header is a parsed WebSocket frame header (RFC 6455 section 5.2).
type header struct {
	fin    bool
	rsv    byte
	op     ws.OpCode
	masked bool
	mask   [4]byte
	length int64
}

// errProtocol is a violation of RFC 6455 that closes the connection with
// the given status code.
type errProtocol struct {
	code   ws.StatusCode
	reason string
}

func (e *errProtocol) Error() string { return e.reason }

func protocolError(code ws.StatusCode, reason string) error {
	return &errProtocol{code: code, reason: reason}
}

var errShort = errors.New("need more bytes")

// Close reasons sent with a protocol error: the texts Qt 6.4's
// QWebSocketFrame and QWebSocketDataProcessor send (and keep as
// closeReason) for the same violation. Violations Qt does not detect
// (masking the wrong way) have texts of their own.
const (
	reasonRsv            = "Rsv field is non-zero"
	reasonOpcode         = "Used reserved opcode"
	reasonControlSize    = "Control frame is larger than 125 bytes"
	reasonControlFrag    = "Control frames cannot be fragmented"
	reasonLength16       = "Lengths smaller than 126 must be expressed as one byte."
	reasonLength64       = "Lengths smaller than 65536 (2^16) must be expressed as 2 bytes."
	reasonLengthHighBit  = "Highest bit of payload length is not 0."
	reasonFrameTooBig    = "Maximum framesize exceeded."
	reasonMessageTooBig  = "Received message is too big."
	reasonUTF8           = "Invalid UTF-8 code encountered."
	reasonCloseTooSmall  = "Payload of close frame is too small."
	reasonOrphanContinue = "Received Continuation frame, while there is nothing to continue."
	reasonExpectContinue = "All data frames after the initial data frame must have opcode 0 (continuation)."
)

// reasonCloseCode is the reason for a close frame with an invalid code.
// Qt's text names the code it answers with (always 1002); this one names
// the code received.
func reasonCloseCode(code int) string {
	return "Invalid close code " + strconv.Itoa(code) + " detected."
}

// parseHeader reads a frame header from the start of b. It returns
// errShort when b does not hold the whole header yet.
func parseHeader(b []byte) (h header, n int, err error) {
	if len(b) < 2 {
		return h, 0, errShort
	}
	h.fin = b[0]&0x80 != 0
	h.rsv = (b[0] >> 4) & 0x7
	h.op = ws.OpCode(b[0] & 0x0f)
	h.masked = b[1]&0x80 != 0
	n = 2
	switch l := b[1] & 0x7f; l {
	case 126:
		if len(b) < 4 {
			return h, 0, errShort
		}
		h.length = int64(binary.BigEndian.Uint16(b[2:4]))
		n = 4
		if h.length < 126 {
			return h, 0, protocolError(ws.StatusProtocolError, reasonLength16)
		}
	case 127:
		if len(b) < 10 {
			return h, 0, errShort
		}
		u := binary.BigEndian.Uint64(b[2:10])
		if u>>63 != 0 {
			return h, 0, protocolError(ws.StatusProtocolError, reasonLengthHighBit)
		}
		h.length = int64(u)
		n = 10
		if h.length <= 0xffff {
			return h, 0, protocolError(ws.StatusProtocolError, reasonLength64)
		}
	default:
		h.length = int64(l)
	}
	if h.masked {
		if len(b) < n+4 {
			return h, 0, errShort
		}
		copy(h.mask[:], b[n:n+4])
		n += 4
	}
	return h, n, nil
}

// appendFrame appends a whole frame (header and payload) to dst, masking the
// payload when mask is non-nil (client to server). A text message comes as
// the string JavaScript handed over, so it is not copied into bytes first.
func appendFrame[P string | []byte](dst []byte, op ws.OpCode, payload P, mask *[4]byte) []byte {
	b0 := byte(0x80) | byte(op)
	n := len(payload)
	var mbit byte
	if mask != nil {
		mbit = 0x80
	}
	switch {
	case n < 126:
		dst = append(dst, b0, mbit|byte(n))
	case n <= 0xffff:
		dst = append(dst, b0, mbit|126, byte(n>>8), byte(n))
	default:
		dst = append(dst, b0, mbit|127)
		dst = binary.BigEndian.AppendUint64(dst, uint64(n))
	}
	if mask != nil {
		dst = append(dst, mask[:]...)
		start := len(dst)
		dst = append(dst, payload...)
		ws.Cipher(dst[start:], *mask, 0)
		return dst
	}
	return append(dst, payload...)
}

// validCloseCode reports whether a close frame may carry code (RFC 6455
// section 7.4, and the IANA registry for 1012-1014).
func validCloseCode(code int) bool {
	switch {
	case code >= 1000 && code <= 1003:
		return true
	case code >= 1007 && code <= 1014:
		return true
	case code >= 3000 && code <= 4999:
		return true
	}
	return false
}
