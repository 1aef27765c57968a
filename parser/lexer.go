package parser

import (
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by the QML lexer. JavaScript is never split into
// tokens for the grammar: a binding's expression, a handler block or a
// function body arrives as one Script or Block token whose extent the lexer
// found with JavaScript's own rules (brackets, strings, templates, regular
// expressions and automatic semicolon insertion).
const (
	tokEOF                      = lexer.EOF
	tokIdent    lexer.TokenType = iota + 1
	tokNumber                   // numeric literal (import versions, enum values)
	tokString                   // quoted string, value with quotes
	tokPunct                    // one punctuation character
	tokScript                   // JavaScript expression or statement after ':'
	tokBlock                    // JavaScript block { ... } after ':' or as a function body
	tokReserved                 // a word Qt reserves: not a name, but valid as a type (int, double)
	tokParams                   // a QML method's parameter list ( ... ), kept whole
	tokVar                      // a variable statement as an object member (Qt accepts it)
)

var symbols = map[string]lexer.TokenType{
	"EOF": tokEOF, "Ident": tokIdent, "Number": tokNumber, "String": tokString,
	"Punct": tokPunct, "Script": tokScript, "Block": tokBlock, "Reserved": tokReserved, "Params": tokParams, "Var": tokVar,
}

// qmlLexer is the participle lexer definition for QML documents.
type qmlLexer struct{}

func (qmlLexer) Symbols() map[string]lexer.TokenType { return symbols }

func (qmlLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return qmlLexer{}.LexString(filename, string(b))
}

func (qmlLexer) LexString(filename, src string) (lexer.Lexer, error) {
	s := newScanner(filename, src, nil)
	if err := s.run(); err != nil {
		return nil, err
	}
	return &tokenList{toks: s.toks}, nil
}

type tokenList struct {
	toks []lexer.Token
	i    int
}

func (l *tokenList) Next() (lexer.Token, error) {
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}

// context kinds on the lexer's bracket stack.
type ctxKind uint8

const (
	ctxTop   ctxKind = iota // outside any object: imports, pragmas, root object
	ctxBody                 // inside an object's braces: members
	ctxEnum                 // inside an enum's braces
	ctxParen                // inside ( ) of a signal or function declaration
	ctxList                 // inside [ ] holding object declarations
	ctxOther                // any other bracket
)

type scanner struct {
	file   string
	src    string
	pos    int
	line   int
	lstart int  // offset where the current line starts
	ascii  bool // the source has no multi-byte characters: column = byte distance

	toks  []lexer.Token
	stack []ctxKind

	fnPending   bool // saw `function` as a member: its body is a Block token
	enumPending bool // saw `enum Name`: the next { opens an enum body
	scripts     []scriptInfo
}

// scriptInfo remembers where the token after a JavaScript token starts: the
// JS syntax check reports an incomplete script there, as Qt does.
type scriptInfo struct {
	tok     int // index into toks
	trailer Pos // position of the token that ended the span
}

// scanBuffers are a scanner's token and script lists, kept for the next
// parse (see ParseSyntax).
type scanBuffers struct {
	toks    []lexer.Token
	scripts []scriptInfo
}

var scanBufferPool = sync.Pool{New: func() any { return new(scanBuffers) }}

// newScanner prepares to scan src, into buf's lists when buf is not nil.
func newScanner(file, src string, buf *scanBuffers) *scanner {
	src = normalizeNewlines(src)
	s := &scanner{file: file, src: src, line: 1, ascii: isASCII(src)}
	if buf == nil {
		buf = new(scanBuffers)
	}
	if n := len(src)/6 + 8; cap(buf.toks) >= n {
		s.toks = buf.toks[:0]
	} else {
		s.toks = make([]lexer.Token, 0, n)
	}
	s.scripts = buf.scripts[:0]
	s.stack = append(s.stack, ctxTop)
	if strings.HasPrefix(src, "\uFEFF") {
		s.pos = 3
		s.lstart = 3
	}
	if strings.HasPrefix(src[s.pos:], "#!") {
		// A she-bang line, as Qt's lexer allows.
		if i := strings.IndexByte(src[s.pos:], '\n'); i >= 0 {
			s.pos += i
		} else {
			s.pos = len(src)
		}
	}
	return s
}

// normalizeNewlines turns lone \r line ends into \n (same length, so offsets
// keep their meaning): Qt accepts old Mac line ends, goja does not.
func normalizeNewlines(src string) string {
	i := strings.IndexByte(src, '\r')
	if i < 0 {
		return src
	}
	b := []byte(src)
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 >= len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (s *scanner) posAt(off int) Pos {
	col := off - s.lstart + 1
	if !s.ascii {
		col = utf8.RuneCountInString(s.src[s.lstart:off]) + 1
	}
	return Pos{Filename: s.file, Offset: off, Line: s.line, Column: col}
}

// advanceTo moves the scanner to off, counting lines on the way.
func (s *scanner) advanceTo(off int) {
	for i := s.pos; i < off; i++ {
		if s.src[i] == '\n' {
			s.line++
			s.lstart = i + 1
		}
	}
	s.pos = off
}

func (s *scanner) top() ctxKind { return s.stack[len(s.stack)-1] }

func (s *scanner) errorf(off int, format string, args ...any) *Diagnostic {
	s.advanceTo(off)
	return Errorf(s.posAt(off), format, args...)
}

func (s *scanner) emit(typ lexer.TokenType, start, end int) {
	p := s.posAt(start)
	s.toks = append(s.toks, lexer.Token{Type: typ, Value: s.src[start:end], Pos: p})
	s.advanceTo(end)
}

func (s *scanner) prevValue() string {
	if len(s.toks) == 0 {
		return ""
	}
	return s.toks[len(s.toks)-1].Value
}

func (s *scanner) run() error {
	for {
		off, err := skipSpace(s.src, s.pos)
		if err != nil {
			return s.errorf(err.off, "%s", err.msg)
		}
		s.advanceTo(off)
		if s.pos >= len(s.src) {
			s.toks = append(s.toks, lexer.Token{Type: tokEOF, Pos: s.posAt(s.pos)})
			return nil
		}
		c := s.src[s.pos]
		switch {
		case isIdentStartByte(c) || c >= 0x80:
			end, ok := scanIdent(s.src, s.pos)
			if !ok {
				r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
				return s.errorf(s.pos, "Unexpected character '%c'", r)
			}
			s.identToken(s.pos, end)
		case c >= '0' && c <= '9' || c == '.' && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1]):
			end := scanNumber(s.src, s.pos)
			s.emit(tokNumber, s.pos, end)
		case c == '"' || c == '\'':
			end, _, err := scanString(s.src, s.pos)
			if err != nil {
				return s.errorf(err.off, "%s", err.msg)
			}
			s.emit(tokString, s.pos, end)
		default:
			if err := s.punct(c); err != nil {
				return err
			}
		}
	}
}

func (s *scanner) identToken(start, end int) {
	word := s.src[start:end]
	if t := s.top(); t == ctxBody || t == ctxTop {
		prev := s.prevValue()
		switch word {
		case "function":
			if prev != "." {
				s.fnPending = true
			}
		case "enum":
			if prev != "." && prev != ":" {
				s.enumPending = true
			}
		}
	}
	if (word == "var" || word == "let" || word == "const") && s.top() == ctxBody && s.memberStart() {
		// Qt's grammar accepts a variable statement as an object member.
		js := jsScanner{src: s.src, pos: end}
		stop, jerr := js.expression(true)
		if jerr != nil {
			s.advanceTo(jerr.off)
			return
		}
		p := s.posAt(start)
		s.toks = append(s.toks, lexer.Token{Type: tokVar, Value: word + js.apply(end, stop), Pos: p})
		s.advanceTo(stop)
		return
	}
	typ := tokIdent
	if isQMLReserved(word) {
		typ = tokReserved
	}
	s.emit(typ, start, end)
}

// memberStart reports whether the next token starts an object member.
func (s *scanner) memberStart() bool {
	if len(s.toks) == 0 {
		return true
	}
	t := s.toks[len(s.toks)-1]
	switch t.Type {
	case tokScript, tokBlock, tokVar:
		return true
	case tokPunct:
		return t.Value == "{" || t.Value == "}" || t.Value == ";"
	}
	return t.Pos.Line < s.line
}

// isQMLReserved reports whether Qt's lexer never returns the word as an
// identifier: JavaScript's keywords and the future reserved words of
// ECMAScript 3.
func isQMLReserved(w string) bool {
	return isJSKeyword(w) && w != "yield" || w == "enum" || isES3Reserved(w)
}

func (s *scanner) punct(c byte) error {
	start := s.pos
	switch c {
	case '{':
		t := s.top()
		if s.fnPending && (t == ctxBody || t == ctxTop) {
			s.fnPending = false
			return s.jsToken(tokBlock)
		}
		if s.enumPending {
			s.enumPending = false
			s.stack = append(s.stack, ctxEnum)
		} else if t == ctxBody || t == ctxTop || t == ctxList {
			s.stack = append(s.stack, ctxBody)
		} else {
			s.stack = append(s.stack, ctxOther)
		}
	case '(':
		if t := s.top(); s.fnPending && (t == ctxBody || t == ctxTop) {
			// A method's parameters may hold default values, rest and
			// destructuring: keep the list whole for the grammar.
			js := jsScanner{src: s.src, pos: start, params: true}
			end, jerr := js.parens()
			if jerr != nil {
				return s.errorf(jerr.off, "%s", jerr.msg)
			}
			s.emit(tokParams, start, end)
			return nil
		}
		if t := s.top(); t == ctxBody || t == ctxTop || t == ctxParen {
			s.stack = append(s.stack, ctxParen)
		} else {
			s.stack = append(s.stack, ctxOther)
		}
	case '[':
		s.stack = append(s.stack, ctxOther)
	case '}', ')', ']':
		if c == ']' && s.top() == ctxList && s.prevValue() == "," {
			return s.errorf(start, "Unexpected token `]'")
		}
		if len(s.stack) > 1 {
			s.stack = s.stack[:len(s.stack)-1]
		}
	case ':':
		if s.top() == ctxBody && !s.fnPending && s.prevValue() != ")" {
			s.emit(tokPunct, start, start+1)
			return s.value()
		}
	case '=':
		if s.top() == ctxEnum {
			// Qt takes only a non-negative integer as an enumerator value.
			off, _ := skipSpace(s.src, start+1)
			if off < len(s.src) && s.src[off] == '-' {
				return s.errorf(off, "Unexpected token `-'")
			}
			if off < len(s.src) && !isDigit(s.src[off]) || off < len(s.src) && strings.ContainsAny(s.src[off:scanNumber(s.src, off)], ".eE") {
				return s.errorf(off, "Expected token `numeric literal'")
			}
		}
	case ';', ',', '.', '<', '>', '-', '+', '*', '/', '?', '!', '&', '|', '^', '%', '~', '@':
		// Punctuation the grammar may reject with a clearer message.
	default:
		return s.errorf(start, "Unexpected character '%c'", rune(c))
	}
	s.emit(tokPunct, start, start+1)
	return nil
}

// value lexes what follows ':' in an object body: an object declaration
// (Type { ... }), a list of object declarations ([A {}, B {}]) or JavaScript.
func (s *scanner) value() error {
	off, err := skipSpace(s.src, s.pos)
	if err != nil {
		return s.errorf(err.off, "%s", err.msg)
	}
	s.advanceTo(off)
	if off >= len(s.src) {
		return nil
	}
	switch c := s.src[off]; {
	case c == '}':
		// `x: }`: a binding needs a value, or at least a `;` (`x: ;`).
		return s.errorf(off, "Expected token `;'")
	case c == '{':
		return s.jsToken(tokBlock)
	case c == '[':
		if s.objectFollows(off + 1) {
			s.emit(tokPunct, off, off+1)
			s.stack = append(s.stack, ctxList)
			return nil
		}
	default:
		// `property list<T> name: Type {}` is not an object binding in
		// Qt's grammar (a list takes [ ... ]); read as JavaScript, the
		// object's '{' is unexpected.
		if s.objectFollows(off) {
			if s.listDeclaration() {
				return s.errorf(off+strings.IndexByte(s.src[off:], '{'), "Expected token `,'")
			}
			return nil
		}
	}
	return s.jsToken(tokScript)
}

// listDeclaration reports whether the ':' just emitted ends
// `property list<T> name`.
func (s *scanner) listDeclaration() bool {
	n := len(s.toks)
	return n >= 6 && s.toks[n-3].Value == ">" && s.toks[n-4].Type != tokPunct &&
		s.toks[n-5].Value == "<" && s.toks[n-6].Value == "list"
}

// objectFollows reports whether an object declaration starts at off:
// a qualified name followed by '{'.
func (s *scanner) objectFollows(off int) bool {
	off, err := skipSpace(s.src, off)
	if err != nil || off >= len(s.src) {
		return false
	}
	for {
		c := s.src[off]
		if !(isIdentStartByte(c) || c >= 0x80) {
			return false
		}
		end, ok := scanIdent(s.src, off)
		if !ok {
			return false
		}
		if isJSKeyword(s.src[off:end]) {
			return false
		}
		off, err = skipSpace(s.src, end)
		if err != nil || off >= len(s.src) {
			return false
		}
		switch s.src[off] {
		case '{':
			return true
		case '.':
			off, err = skipSpace(s.src, off+1)
			if err != nil || off >= len(s.src) {
				return false
			}
			continue
		}
		return false
	}
}

// jsToken scans JavaScript starting at s.pos and emits it as one token.
func (s *scanner) jsToken(typ lexer.TokenType) error {
	start := s.pos
	js := jsScanner{src: s.src, pos: start}
	var end int
	var jerr *scanError
	if typ == tokBlock {
		end, jerr = js.block()
	} else {
		end, jerr = js.uiStatement()
	}
	if jerr != nil {
		return s.errorf(jerr.off, "%s", jerr.msg)
	}
	p := s.posAt(start)
	code := js.apply(start, end)
	s.toks = append(s.toks, lexer.Token{Type: typ, Value: code, Pos: p})
	idx := len(s.toks) - 1
	// Only space and comments lie between the script and its trailer, so
	// the scanner can move there now and read the trailer's position.
	trailer, _ := skipSpace(s.src, end)
	s.advanceTo(trailer)
	s.scripts = append(s.scripts, scriptInfo{tok: idx, trailer: s.posAt(trailer)})
	return nil
}

// trailer returns the trailer of the script token at offset (the last one
// there), or a zero position.
func (s *scanner) trailer(offset int) Pos {
	i := sort.Search(len(s.scripts), func(i int) bool { return s.toks[s.scripts[i].tok].Pos.Offset > offset })
	if i > 0 && s.toks[s.scripts[i-1].tok].Pos.Offset == offset {
		return s.scripts[i-1].trailer
	}
	return Pos{}
}

type scanError struct {
	off int
	msg string
}

// skipSpace skips white space and comments from off.
func skipSpace(src string, off int) (int, *scanError) {
	for off < len(src) {
		c := src[off]
		switch c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			off++
		case '/':
			if off+1 < len(src) {
				switch src[off+1] {
				case '/':
					i := strings.IndexByte(src[off:], '\n')
					if i < 0 {
						return len(src), nil
					}
					off += i
					continue
				case '*':
					i := strings.Index(src[off+2:], "*/")
					if i < 0 {
						return off, &scanError{off, "Unclosed comment at end of file"}
					}
					off += i + 4
					continue
				}
			}
			return off, nil
		default:
			if c < 0x80 {
				return off, nil
			}
			r, n := utf8.DecodeRuneInString(src[off:])
			if r == 0xA0 || r == 0xFEFF || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Zs, r) {
				off += n
				continue
			}
			return off, nil
		}
	}
	return off, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStartByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentByte(c byte) bool { return isIdentStartByte(c) || isDigit(c) }

// scanIdent scans an identifier (with Unicode letters and \u escapes).
func scanIdent(src string, off int) (int, bool) {
	start := off
	for off < len(src) {
		c := src[off]
		if c < 0x80 {
			if isIdentByte(c) && (off > start || !isDigit(c)) {
				off++
				continue
			}
			if c == '\\' && off+1 < len(src) && src[off+1] == 'u' {
				off += 2
				if off < len(src) && src[off] == '{' {
					for off < len(src) && src[off] != '}' {
						off++
					}
					off++
				} else {
					off += 4
				}
				if off > len(src) {
					off = len(src)
				}
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(src[off:])
		if unicode.IsLetter(r) || r == 0x200C || r == 0x200D ||
			off > start && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			off += n
			continue
		}
		break
	}
	return off, off > start
}

// scanNumber scans a numeric literal in any of JavaScript's forms.
func scanNumber(src string, off int) int {
	if src[off] == '0' && off+1 < len(src) {
		switch src[off+1] {
		case 'x', 'X', 'o', 'O', 'b', 'B':
			off += 2
			for off < len(src) && (isIdentByte(src[off])) {
				off++
			}
			return off
		}
	}
	for off < len(src) && (isDigit(src[off]) || src[off] == '_') {
		off++
	}
	if off < len(src) && src[off] == '.' {
		off++
		for off < len(src) && (isDigit(src[off]) || src[off] == '_') {
			off++
		}
	}
	if off < len(src) && (src[off] == 'e' || src[off] == 'E') {
		j := off + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDigit(src[j]) {
			off = j
			for off < len(src) && isDigit(src[off]) {
				off++
			}
		}
	}
	if off < len(src) && src[off] == 'n' {
		off++
	}
	return off
}

// scanString scans a quoted string starting at off. Like Qt it accepts raw
// line breaks inside the quotes; their offsets are returned so that the text
// handed to goja can escape them.
func scanString(src string, off int) (end int, newlines []int, err *scanError) {
	q := src[off]
	i := off + 1
	for i < len(src) {
		c := src[i]
		switch c {
		case q:
			return i + 1, newlines, nil
		case '\\':
			i += 2
			if i-1 < len(src) && src[i-1] == '\r' && i < len(src) && src[i] == '\n' {
				i++
			}
			continue
		case '\n':
			nl := i
			if i > 0 && src[i-1] == '\r' {
				nl = i - 1
			}
			newlines = append(newlines, nl)
		}
		i++
	}
	return len(src), nil, &scanError{off, "Unclosed string at end of line"}
}

// isJSKeyword reports whether the word is a JavaScript keyword (or null,
// true, false) that cannot be a name.
func isJSKeyword(w string) bool {
	switch w {
	case "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
		"do", "else", "export", "extends", "finally", "for", "function", "if", "import", "in",
		"instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var",
		"void", "while", "with", "yield", "let", "null", "true", "false":
		return true
	}
	return false
}
