package wsbinding

import (
	"bytes"
	"compress/flate"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// chatMessages is a chat-like workload: JSON messages of a few words, as
// a chat server broadcasts them.
func chatMessages(n int) [][]byte {
	words := strings.Fields(`hello hi hey thanks ok sure yes no maybe today tomorrow meeting lunch
		coffee the a to and of in is it that for on with this was are be at have not you we they
		deploy build release test bug fix server client websocket message room channel please
		great good nice cool lol see later morning evening weekend project review merge branch`)
	users := []string{"alice", "bob", "carol", "dave", "erin", "frank"}
	rooms := []string{"general", "random", "dev", "ops"}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([][]byte, n)
	for i := range out {
		text := make([]string, 3+r.IntN(20))
		for j := range text {
			text[j] = words[r.IntN(len(words))]
		}
		out[i] = fmt.Appendf(nil, `{"type":"message","room":%q,"user":%q,"ts":%d,"text":%q}`,
			rooms[r.IntN(len(rooms))], users[r.IntN(len(users))], 1732700000000+int64(i)*1373, strings.Join(text, " "))
	}
	return out
}

// BenchmarkDeflateChat measures permessage-deflate as qmlrun sends it (no
// context takeover, messages under minCompress sent as they are) on the
// chat workload: compression ratio, and the CPU time per message to
// compress and to inflate. The "context takeover" line is what a shared
// window would give (not used: it costs 0.7-1.2 MiB of compressor state
// per connection); see README.
func BenchmarkDeflateChat(b *testing.B) {
	msgs := chatMessages(1000)
	var raw int
	for _, m := range msgs {
		raw += len(m)
	}
	for _, level := range []int{flate.HuffmanOnly, flate.BestSpeed, flate.DefaultCompression} {
		z := newCodec(level)
		b.Run(fmt.Sprintf("compress-level-%d", level), func(b *testing.B) {
			benchCompress(b, z, msgs)
		})
	}
	// History pages: 20 chat messages in one JSON array (~3 KB).
	var pages [][]byte
	for i := 0; i+20 <= len(msgs); i += 20 {
		pages = append(pages, append(append([]byte("["), bytes.Join(msgs[i:i+20], []byte(","))...), ']'))
	}
	for _, level := range []int{flate.HuffmanOnly, flate.BestSpeed} {
		z := newCodec(level)
		b.Run(fmt.Sprintf("history-page-level-%d", level), func(b *testing.B) {
			benchCompress(b, z, pages)
		})
	}
	z := newCodec(deflateLevel)
	compressed := make([][]byte, len(msgs))
	for i, p := range msgs {
		out, _ := z.compress(p)
		compressed[i] = append([]byte(nil), out...)
	}
	b.Run("inflate", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := z.decompress(compressed[i%len(msgs)], 1<<20); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, level := range []int{flate.BestSpeed, flate.DefaultCompression} {
		b.Run(fmt.Sprintf("context-takeover-level-%d", level), func(b *testing.B) {
			var buf bytes.Buffer
			w, _ := flate.NewWriter(&buf, level)
			var wire int
			for i := 0; i < b.N; i++ {
				n := buf.Len()
				w.Write(msgs[i%len(msgs)])
				w.Flush()
				wire += buf.Len() - n - 4
				if buf.Len() > 1<<20 {
					buf.Reset()
				}
			}
			b.ReportMetric(float64(b.N)/float64(len(msgs))*float64(raw)/float64(wire), "ratio")
		})
	}
}

// benchCompress compresses msgs in turn as queueFrame would and reports
// the ratio of original to wire bytes and the mean message size.
func benchCompress(b *testing.B, z *codec, msgs [][]byte) {
	var raw, wire int
	for i := 0; i < b.N; i++ {
		p := msgs[i%len(msgs)]
		raw += len(p)
		if len(p) >= minCompress {
			out, _ := z.compress(p)
			if len(out) < len(p) {
				wire += len(out)
				continue
			}
		}
		wire += len(p)
	}
	b.ReportMetric(float64(raw)/float64(wire), "ratio")
	b.ReportMetric(float64(raw)/float64(b.N), "B/msg")
}
