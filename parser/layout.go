package parser

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Layout assembles many scripts of one document into a single JavaScript
// program in which every script keeps its QML line, so that goja parses a
// document once and its positions (syntax errors, stack traces) map back to
// the .qml file. Lines are kept exactly; a column on a script's first line
// is shifted by the wrapper text placed before it, which Map undoes.
type Layout struct {
	b     strings.Builder
	line  int // current output line, 1-based
	col   int // current output column, 1-based
	spans []layoutSpan
}

type layoutSpan struct {
	outLine, outCol int     // where the script's code starts in the output
	qLine, qCol     int     // where it starts in the QML source
	start, end      int     // the code's byte offsets in the output
	sc              *Script // the script
}

// Len returns the number of scripts added.
func (l *Layout) Len() int { return len(l.spans) }

// LastCode returns the line and column (in runes, 1-based) of the program
// where the code of the script added last starts.
func (l *Layout) LastCode() (line, col int) {
	sp := l.spans[len(l.spans)-1]
	return sp.outLine, sp.outCol
}

// scriptAt returns the script whose code holds the byte offset off of the
// program (its end included), and where that code ends.
func (l *Layout) scriptAt(off int) (sc *Script, end int) {
	i := sort.Search(len(l.spans), func(i int) bool { return l.spans[i].start > off }) - 1
	if i < 0 || off > l.spans[i].end {
		return nil, 0
	}
	return l.spans[i].sc, l.spans[i].end
}

// Source returns the assembled program.
func (l *Layout) Source() string { return l.b.String() }

// Add appends prefix, the script's code and suffix. The code starts on the
// script's own line (and column, when the wrapper leaves room); the suffix
// is placed at the script's trailer, where Qt reports an incomplete script.
func (l *Layout) Add(sc *Script, prefix, suffix string) {
	l.add(sc, sc.Code(), prefix, suffix, l.write)
}

// AddCode is Add with code in place of the script's own text: a rewriting
// of it with the same line breaks.
func (l *Layout) AddCode(sc *Script, code, prefix, suffix string) {
	l.add(sc, code, prefix, suffix, l.write)
}

// AddBlank lays out the script as Add does but writes spaces in place of
// the text (which must be on one line): for a script that need not be
// parsed, leaving every other position as it would be.
func (l *Layout) AddBlank(sc *Script, prefix, suffix string) {
	l.add(sc, sc.Code(), prefix, suffix, func(s string) {
		n := utf8.RuneCountInString(s)
		l.spaces(n)
		l.col += n
	})
}

func (l *Layout) add(sc *Script, code, prefix, suffix string, write func(string)) {
	if l.line == 0 {
		l.line, l.col = 1, 1
	}
	l.moveTo(sc.Pos.Line, sc.Pos.Column-utf8.RuneCountInString(prefix))
	write(prefix)
	l.spans = append(l.spans, layoutSpan{outLine: l.line, outCol: l.col, qLine: sc.Pos.Line, qCol: sc.Pos.Column, start: l.b.Len(), sc: sc})
	write(code)
	l.spans[len(l.spans)-1].end = l.b.Len()
	if t := sc.Trailer; t.Line > 0 {
		l.moveTo(t.Line, t.Column)
	}
	write(suffix)
}

// AddText appends text that is not a script (helper code) on a new line
// after everything written so far.
func (l *Layout) AddText(text string) {
	if l.line == 0 {
		l.line, l.col = 1, 1
	}
	l.write("\n")
	l.write(text)
}

func (l *Layout) moveTo(line, col int) {
	for l.line < line {
		l.b.WriteByte('\n')
		l.line++
		l.col = 1
	}
	if l.line == line && l.col < col {
		l.spaces(col - l.col)
		l.col = col
	}
}

const blanks = "                                                                "

// spaces writes n spaces.
func (l *Layout) spaces(n int) {
	for n > len(blanks) {
		l.b.WriteString(blanks)
		n -= len(blanks)
	}
	l.b.WriteString(blanks[:n])
}

func (l *Layout) write(s string) {
	l.b.WriteString(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		l.line += strings.Count(s, "\n")
		l.col = utf8.RuneCountInString(s[i+1:]) + 1
	} else {
		l.col += utf8.RuneCountInString(s)
	}
}

// Map converts a line and column of the assembled program to the QML source.
func (l *Layout) Map(line, col int) (int, int) {
	// The last span starting at or before the position owns it.
	lo, hi := 0, len(l.spans)
	for lo < hi {
		m := (lo + hi) / 2
		s := l.spans[m]
		if s.outLine < line || s.outLine == line && s.outCol <= col {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return line, col
	}
	s := l.spans[lo-1]
	if line == s.outLine {
		return line, col - s.outCol + s.qCol
	}
	return line, col
}
