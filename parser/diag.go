package parser

import (
	"fmt"
	"sort"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Pos is a position in a source file: file name, byte offset, and 1-based line
// and column (columns count characters, as Qt's do).
type Pos = lexer.Position

// Diagnostic is one error found in a source file, with the range it covers.
// Every layer of qmlrun (parser, static checks, runtime load errors) reports
// through this one type so that all errors print the same way.
type Diagnostic struct {
	Pos     Pos
	End     Pos // may be zero when only the start is known
	Message string
	// Hint is a likely fix ("did you mean" a known name), shown by
	// `qmlrun check` but not part of the message Qt prints.
	Hint string
	// next is an error Qt reports right after this one for the same
	// mistake (its parser's recovery meets a second one).
	next *Diagnostic
}

// chain lists the diagnostic and the ones reported after it.
func (d *Diagnostic) chain() Diagnostics {
	ds := Diagnostics{d}
	for n := d.next; n != nil; n = n.next {
		ds = append(ds, n)
	}
	return ds
}

// WithHint formats the diagnostic as Error does, followed by its hint.
func (d *Diagnostic) WithHint() string {
	if d.Hint == "" {
		return d.Error()
	}
	return d.Error() + " (" + d.Hint + ")"
}

// Error formats the diagnostic as FILE:LINE:COL: message.
func (d *Diagnostic) Error() string {
	if d.Pos.Filename == "" {
		return d.Message // an error about no single file
	}
	if d.Pos.Line == 0 {
		return d.Pos.Filename + ": " + d.Message // an error about a whole file
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.Pos.Filename, d.Pos.Line, d.Pos.Column, d.Message)
}

// Diagnostics is a list of diagnostics; as an error it prints one per line.
type Diagnostics []*Diagnostic

func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}

// Sort orders the diagnostics by file, line and column.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// Errorf builds a diagnostic at pos.
func Errorf(pos Pos, format string, args ...any) *Diagnostic {
	return &Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)}
}

// Snippet renders the diagnostic with the offending source line and a caret
// under the column, in the style of compilers: used by `qmlrun check`.
func (d *Diagnostic) Snippet(src string) string {
	line := sourceLine(src, d.Pos.Line)
	if line == "" {
		return d.Error()
	}
	col := d.Pos.Column
	if col < 1 {
		col = 1
	}
	var pad strings.Builder
	n := 0
	for _, r := range line {
		if n >= col-1 {
			break
		}
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
		n++
	}
	out := fmt.Sprintf("%s\n    %s\n    %s^", d.Error(), line, pad.String())
	if d.Hint != "" {
		out += "\n    " + d.Hint
	}
	return out
}

func sourceLine(src string, line int) string {
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return strings.TrimRight(src, "\r")
}

// Suggest returns the candidate closest to name by edit distance, or "" when
// none is close enough to be a likely typo. It feeds "did you mean" hints.
func Suggest(name string, candidates []string) string {
	best, bestD := "", len(name)/2+1
	if bestD > 3 {
		bestD = 3
	}
	for _, c := range candidates {
		if d := editDistance(name, c); d < bestD || (d == bestD && best == "" && d <= 1) {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if strings.EqualFold(a[i-1:i], b[j-1:j]) {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
