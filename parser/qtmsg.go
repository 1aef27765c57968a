package parser

import (
	"sort"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar engine reports where a document stops making sense; Qt's
// parser, an LALR automaton with error recovery, words the same mistakes
// its own way: it first tries dropping the offending token ("Unexpected
// token"), then inserting one ("Expected token `:'"). The functions here
// recognise the mistakes people make most (a member without its ':', a
// declaration without its name, an import without its line break, a
// document without its root object) from the tokens around the error and
// give Qt's message and position for them.

// tokenError is a syntax error at a token of the document.
type tokenError struct {
	at  int // index in the token list
	msg string
}

// endLine is the line a token ends on.
func endLine(t lexer.Token) int { return t.Pos.Line + strings.Count(t.Value, "\n") }

func isPunct(t lexer.Token, v string) bool { return t.Type == tokPunct && t.Value == v }

// isName reports whether the token is a name Qt's grammar takes as an
// identifier (not a reserved word).
func isName(t lexer.Token) bool { return t.Type == tokIdent }

// isTypeName reports whether the token may name a type (int, double).
func isTypeName(t lexer.Token) bool { return t.Type == tokIdent || t.Type == tokReserved }

// at returns toks[i], or the last token (the end of file) past the end.
func at(toks []lexer.Token, i int) lexer.Token {
	if i < len(toks) {
		return toks[i]
	}
	return toks[len(toks)-1]
}

// headerError checks the imports and pragmas before the root object as
// Qt's parser reads them, and the start of the root object after them.
// rootToo adds the checks of the root object's start, which only a
// document the grammar refused needs. It returns the index where the
// headers end.
func headerError(toks []lexer.Token, rootToo bool) (int, *tokenError) {
	k := 0
	// end checks that a header ends with ';' or a line break.
	end := func() *tokenError {
		t := at(toks, k)
		switch {
		case isPunct(t, ";"):
			k++
		case t.Type != tokEOF && t.Pos.Line == endLine(toks[k-1]):
			return &tokenError{k, "Expected token `;'"}
		}
		return nil
	}
	for k < len(toks) {
		switch t := toks[k]; {
		case isTypeName(t) && t.Value == "import":
			k++
			switch n := at(toks, k); {
			case n.Type == tokNumber:
				return k, &tokenError{k, "Unexpected token `version number'"}
			case n.Type == tokString:
				k++
			case n.Type == tokReserved:
				return k, &tokenError{k, "Expected token `numeric literal'"}
			case isName(n):
				k++
				for isPunct(at(toks, k), ".") && isTypeName(at(toks, k+1)) {
					k += 2
				}
			default:
				return k, nil
			}
			if v := at(toks, k); v.Type == tokNumber {
				k++
				if strings.HasSuffix(v.Value, ".") {
					return k, &tokenError{k, "Expected token `version number'"}
				}
			}
			if a := at(toks, k); a.Type == tokIdent && a.Value == "as" && isName(at(toks, k+1)) {
				k += 2
			}
			if e := end(); e != nil {
				return k, e
			}
		case isTypeName(t) && t.Value == "pragma" && !isName(at(toks, k+1)):
			return k, nil
		case isTypeName(t) && t.Value == "pragma":
			k += 2
			if isPunct(at(toks, k), ":") && isName(at(toks, k+1)) {
				k += 2
				for isPunct(at(toks, k), ",") && isName(at(toks, k+1)) {
					k += 2
				}
			}
			if e := end(); e != nil {
				return k, e
			}
		default:
			if !rootToo {
				return k, nil
			}
			return k, rootError(toks, k)
		}
	}
	return k, nil
}

// rootError checks the start of the root object at toks[k]: a qualified
// type name and '{'.
func rootError(toks []lexer.Token, k int) *tokenError {
	switch t := at(toks, k); {
	case isPunct(t, "{"):
		return &tokenError{k, "Expected a qualified name id"}
	case isPunct(t, "}") || t.Type == tokEOF:
		return &tokenError{k, "Expected token `numeric literal'"}
	case !isName(t):
		return nil
	}
	k++
	for isPunct(at(toks, k), ".") && isName(at(toks, k+1)) {
		k += 2
	}
	if t := at(toks, k); !isPunct(t, "{") && !(t.Type == tokIdent && t.Value == "on") {
		return &tokenError{k, "Syntax error"}
	}
	return nil
}

// afterRoot finds a second root object after the first one's '}': Qt
// says "Syntax error" there.
func afterRoot(toks []lexer.Token, k int) *tokenError {
	depth := 0
	for ; k < len(toks); k++ {
		switch t := toks[k]; {
		case isPunct(t, "{"):
			depth++
		case isPunct(t, "}"):
			depth--
			if depth == 0 {
				if n := at(toks, k+1); isTypeName(n) {
					if at(toks, k+2).Type == tokEOF {
						return &tokenError{k + 1, unexpectedMessage(n)} // dropping it ends the document
					}
					return &tokenError{k + 1, "Syntax error"}
				}
				return nil
			}
		}
	}
	return nil
}

// memberStart finds the first token of the object member that holds
// toks[i]: a word after '{', '}', ';', a script, or a line break.
func memberStart(toks []lexer.Token, i int) int {
	depth := 0 // of the braces passed on the way back
	for m := min(i, len(toks)-1); m > 0; m-- {
		t, prev := toks[m], toks[m-1]
		switch {
		case isPunct(t, "}") && m < i:
			depth++
		case isPunct(t, "{") && depth > 0:
			depth--
		case isPunct(t, "{"):
			return -1 // the body's start: no member before the error
		}
		if depth > 0 || !isTypeName(t) {
			continue
		}
		switch {
		case isPunct(prev, "{"), isPunct(prev, "}"), isPunct(prev, ";"),
			prev.Type == tokScript, prev.Type == tokBlock, prev.Type == tokVar,
			endLine(prev) < t.Pos.Line:
			return m
		}
	}
	return -1
}

// memberError checks the member starting at toks[j] for the mistakes Qt
// words differently from the grammar engine.
func memberError(toks []lexer.Token, j int) *tokenError {
	k := j
	word := func(t lexer.Token, ws ...string) bool {
		if !isTypeName(t) {
			return false
		}
		for _, w := range ws {
			if t.Value == w {
				return true
			}
		}
		return false
	}
	for word(at(toks, k), "readonly", "default", "required") && word(at(toks, k+1), "property", "readonly", "default", "required") {
		k++
	}
	switch t := at(toks, k); {
	case word(t, "property") && isTypeName(at(toks, k+1)):
		k++ // the type
		if word(at(toks, k), "list") && isPunct(at(toks, k+1), "<") {
			return nil
		}
		for isPunct(at(toks, k+1), ".") && isName(at(toks, k+2)) {
			k += 2
		}
		k++ // the name
		name := at(toks, k)
		if !isName(name) {
			return &tokenError{k, "Expected token `identifier'"}
		}
		k++
		if n := at(toks, k); n.Type != tokEOF && n.Pos.Line == name.Pos.Line && !isPunct(n, ":") && !isPunct(n, ";") && !isPunct(n, "}") {
			return &tokenError{k, "Expected token `:'"}
		}
	case word(t, "signal") && isName(at(toks, k+1)):
		if isPunct(at(toks, k+2), "(") {
			return signalParams(toks, k+3)
		}
	case word(t, "function") && at(toks, k+1).Type == tokReserved && at(toks, k+2).Type == tokParams:
		return &tokenError{k + 1, "Expected token `identifier'"}
	case word(t, "function") && at(toks, k+1).Type == tokParams:
		return &tokenError{k, "Expected a qualified name id"}
	case word(t, "function") && isName(at(toks, k+1)) && at(toks, k+2).Type == tokParams:
		if n := at(toks, k+3); n.Type != tokBlock && !isPunct(n, ":") {
			return &tokenError{k + 3, "Expected token `{'"}
		}
	case word(t, "enum") && isPunct(at(toks, k+1), "{"):
		return &tokenError{k + 1, "Unexpected token `{'"}
	case word(t, "enum", "component", "function", "signal", "property", "required", "var", "let", "const") && isTypeName(at(toks, k+1)):
	case isTypeName(t) && t.Type == tokIdent || word(t, "readonly", "default"):
		k++
		for isPunct(at(toks, k), ".") && isName(at(toks, k+1)) {
			k += 2
		}
		n := at(toks, k)
		switch {
		case isPunct(n, ":"), isPunct(n, "{"), isPunct(n, "["), isPunct(n, "."), n.Type == tokIdent && n.Value == "on":
			return nil
		case isTypeName(n) && isPunct(at(toks, k+1), ":"):
			// Dropping the word leaves `name: ...`.
			return &tokenError{k, unexpectedMessage(n)}
		}
		return &tokenError{k, "Expected token `:'"}
	}
	return nil
}

// signalParams checks a signal's parameter list from the token after
// its '(': each parameter is `Type name` or `name: Type`.
func signalParams(toks []lexer.Token, k int) *tokenError {
	if isPunct(at(toks, k), ")") {
		return nil
	}
	for {
		if !isTypeName(at(toks, k)) {
			return &tokenError{k, "Expected token `identifier'"}
		}
		k++
		for isPunct(at(toks, k), ".") && isTypeName(at(toks, k+1)) {
			k += 2
		}
		switch n := at(toks, k); {
		case isPunct(n, ":"):
			return nil // the new syntax: the grammar's messages apply
		case isPunct(n, "<"):
			return nil // list<T>: see listParam
		case !isName(n):
			return &tokenError{k, "Expected token `identifier'"}
		}
		k++
		switch n := at(toks, k); {
		case isPunct(n, ")"):
			return nil
		case isPunct(n, ","):
			k++
		default:
			return &tokenError{k, unexpectedMessage(n)}
		}
	}
}

// qtGrammarError words the grammar engine's error at toks[i] as Qt does,
// or returns nil to keep it.
func qtGrammarError(toks []lexer.Token, i int) *tokenError {
	if k, e := headerError(toks, true); e != nil {
		return e
	} else if e := afterRoot(toks, k); e != nil && e.at <= i {
		return e
	}
	if open := enclosingBrace(toks, i); open >= 2 && isName(toks[open-1]) && toks[open-2].Value == "enum" {
		return enumBody(toks, open+1)
	}
	if j := memberStart(toks, i); j > 0 {
		if e := memberError(toks, j); e != nil {
			return e
		}
	}
	return nil
}

// qtLexError words an error of the scanner as Qt's parser does: its lexer
// hands the bad text on as an error token, and the parser's recovery
// names what it expected there instead.
func (s *scanner) qtLexError(d *Diagnostic) *Diagnostic {
	msg := d.Message
	// valueStart: the error is at the first token of a binding's value.
	valueStart := false
	if n := len(s.toks); n > 0 && isPunct(s.toks[n-1], ":") {
		from := s.toks[n-1].Pos.Offset + 1
		valueStart = from <= d.Pos.Offset && strings.TrimSpace(s.src[from:d.Pos.Offset]) == ""
	}
	switch {
	case msg == "Unclosed string at end of line" || msg == "Unclosed template literal at end of file":
		if valueStart {
			d.Message = "Expected token `;'"
		} else {
			d.Message = "Expected token `numeric literal'"
		}
	case msg == "Unclosed comment at end of file":
		if s.inScript {
			// The comment runs to the end: the script stops there.
			return s.errorf(len(s.src), "Expected token `numeric literal'")
		}
		d.Message = "Unterminated regular expression literal"
	case strings.HasPrefix(msg, "Unexpected character") && len(s.toks) == 0:
		d.Message = "Expected token `numeric literal'"
	}
	return d
}

// enclosingBrace finds the '{' that opens the body holding toks[i], or -1.
func enclosingBrace(toks []lexer.Token, i int) int {
	depth := 0
	for m := min(i, len(toks)) - 1; m >= 0; m-- {
		switch {
		case isPunct(toks[m], "}"):
			depth++
		case isPunct(toks[m], "{"):
			if depth == 0 {
				return m
			}
			depth--
		}
	}
	return -1
}

// enumBody checks an enum's body from the token after its '{':
// `Name [= value]` separated by ','.
func enumBody(toks []lexer.Token, k int) *tokenError {
	if isPunct(at(toks, k), "}") {
		return nil
	}
	for {
		if !isName(at(toks, k)) {
			return &tokenError{k, "Expected token `identifier'"}
		}
		k++
		if isPunct(at(toks, k), "=") {
			k += 2 // the scanner checked the value
		}
		switch n := at(toks, k); {
		case isPunct(n, "}"):
			return nil
		case isPunct(n, ","):
			k++
		default:
			return &tokenError{k, unexpectedMessage(n)}
		}
	}
}

// missingSeparator is Qt's message for a member that follows a
// declaration without value on the same line (at next): after a signal,
// the ';' it wants; after a property, the ':' of a value, unless dropping
// the member's first word leaves one (`property int a foo: 1`).
func missingSeparator(m Member, toks []lexer.Token, next Pos) string {
	if _, ok := m.(*Property); !ok {
		return "Expected token `;'"
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Pos.Offset >= next.Offset })
	if t := at(toks, i); isTypeName(t) && isPunct(at(toks, i+1), ":") {
		return unexpectedMessage(t)
	}
	return "Expected token `:'"
}

// ScriptError finds the first syntax error of a JavaScript file (the code
// of a .js resource) with the scanner that checks a document's scripts,
// in Qt's words: its line and column (1-based), or ok false when the
// scanner finds none.
func ScriptError(code string) (line, col int, msg string, ok bool) {
	src := "{\n" + code + "\n}"
	js := jsScanner{src: src, pos: 0}
	if _, err := js.block(); err != nil {
		s := &scanner{src: src, line: 1, ascii: isASCII(src)}
		s.advanceTo(err.off)
		p := s.posAt(err.off)
		msg := err.msg
		if msg == "Unclosed string at end of line" || msg == "Unclosed template literal at end of file" {
			msg = "Expected token `numeric literal'"
		}
		return p.Line - 1, p.Column, msg, p.Line > 1
	}
	return 0, 0, "", false
}
