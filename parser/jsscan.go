package parser

import (
	"strings"
	"unicode/utf8"
)

// jsScanner finds where a piece of JavaScript embedded in QML ends, using
// JavaScript's lexical rules, and neutralises the syntax Qt accepts but goja
// does not (type annotations, `as` casts, raw line breaks in strings) with
// edits that keep every line where it was. It does not build a syntax tree:
// goja's parser does that, once per document.
type jsScanner struct {
	src   string
	pos   int
	edits []edit

	prev      jsTok // last significant token
	fnState   int   // 1: after `function`, expecting name or '('
	fnParams  []int // depths of open parameter lists of function literals
	fnRetType int   // depth+1 of a function whose ')' was just closed: ':' starts a return type
	depth     int
	open      []byte // the closing brackets expected, innermost last
	// lists marks, for each entry of open, a bracket that holds a list of
	// operands: a parenthesised expression or an array literal (not a call,
	// an index, a condition or a block). Qt expects a ',' there when another
	// closing bracket comes after an operand.
	lists []bool
	// forHead marks, for each entry of open, the parentheses of a for
	// statement's head, where ';' belongs.
	forHead []bool
	// objs marks, for each entry of open, a brace that opens an object
	// literal (objLiteral) or a destructuring pattern (objPattern) rather
	// than a block: Qt 6.4's parser has no spread or rest in them.
	objs      []uint8
	classHead bool // after `class`: the next '{' opens a class body
	// params: scanning a QML method's parameter list, where type names
	// such as int are allowed.
	params bool
}

const (
	objLiteral = 1 + iota
	objPattern
	objClass // a class body
)

// braceKind tells what a '{' following prev opens (0: a block), inside
// the bracket whose kind is outer.
func braceKind(prev jsTok, outer uint8) uint8 {
	switch {
	case prev.is("var") || prev.is("let") || prev.is("const"):
		return objPattern
	case prev.is(":"):
		if outer == 0 {
			return 0 // a labelled block or a case's block
		}
		return outer
	case prev.is("return") || prev.is("typeof") || prev.is("in") || prev.is("yield") || prev.kind == jsIdent && prev.val == "of":
		return objLiteral
	case prev.kind == jsPunct:
		switch prev.val {
		case ")", "]", "}", ";", "{", "=>", "++", "--":
			return 0
		}
		return objLiteral
	}
	return 0
}

// asyncFunction refuses an async function or arrow, which Qt 6.4's parser
// does not know: to it `async` is a name, and the parser stops at what
// follows it on the same line (the `=>` of `async (…) =>`), expecting what
// the surrounding construct expects next.
func (j *jsScanner) asyncFunction(t jsTok) *scanError {
	off, err := skipSpace(j.src, t.end)
	if err != nil || off >= len(j.src) || hasLineBreak(j.src[t.end:off]) {
		return nil
	}
	at := off
	switch c := j.src[off]; {
	case c == '(':
		end := matchParen(j.src, off)
		if end < 0 {
			return nil
		}
		if at, err = skipSpace(j.src, end); err != nil || !strings.HasPrefix(j.src[at:], "=>") {
			return nil
		}
	case isIdentStartByte(c):
		end, _ := scanIdent(j.src, off)
		switch j.src[off:end] {
		case "in", "of", "instanceof":
			return nil
		}
	default:
		return nil
	}
	var outer byte
	var kind uint8
	if n := len(j.open); n > 0 {
		outer, kind = j.open[n-1], j.objs[n-1]
	}
	msg := "Expected token `;'"
	switch {
	case kind == objClass:
		return &scanError{at, "Unexpected token `identifier'"}
	case kind == objLiteral:
		msg = "Expected token `}'"
	case j.prev.is("?"):
		msg = "Expected token `:'"
	case outer == ')':
		msg = "Expected token `)'"
	case outer == ']':
		msg = "Expected token `,'"
	case (j.prev.kind == jsEOF || j.prev.is("{") || j.prev.is("}") || j.prev.is(";")) && (!isIdentStartByte(j.src[off]) || strings.HasPrefix(j.src[off:], "function")):
		msg = "Expected token `,'" // a statement: Qt's parser wants another expression
	}
	return &scanError{at, msg}
}

// matchParen returns the offset after the ')' closing the '(' at off, or
// -1; strings are skipped.
func matchParen(src string, off int) int {
	depth := 0
	for i := off; i < len(src); i++ {
		switch src[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i + 1
			}
		case '"', '\'', '`':
			end, _, err := scanString(src, i)
			if err != nil {
				return -1
			}
			i = end - 1
		}
	}
	return -1
}

// reservedName reports whether a future reserved word at t names a method
// or accessor (`double() {…}` in a class or object literal), which Qt
// allows.
func (j *jsScanner) reservedName(t jsTok) bool {
	if !strings.HasPrefix(strings.TrimLeft(j.src[t.end:], " \t"), "(") {
		return false
	}
	if n := len(j.objs); n == 0 || j.objs[n-1] != objLiteral && j.objs[n-1] != objClass {
		return false
	}
	p := j.prev
	return p.is("{") || p.is(",") || p.is("}") || p.is(";") || p.is("*") ||
		p.kind == jsIdent && (p.val == "get" || p.val == "set" || p.val == "static" || p.val == "async")
}

type edit struct {
	off, del int
	ins      string
}

type jsKind uint8

const (
	jsEOF jsKind = iota
	jsIdent
	jsKeyword
	jsNumber
	jsString
	jsTemplate
	jsRegex
	jsPunct
	jsCast // `as Type`, blanked for goja
)

type jsTok struct {
	kind       jsKind
	start, end int
	nl         bool // a line break precedes the token
	val        string
}

func (t jsTok) is(p string) bool { return (t.kind == jsPunct || t.kind == jsKeyword) && t.val == p }

// operandEnd reports whether the token can end an operand, which decides
// between division and a regular expression and whether `as` is a cast.
func (t jsTok) operandEnd() bool {
	switch t.kind {
	case jsIdent, jsNumber, jsString, jsTemplate, jsRegex, jsCast:
		return true
	case jsKeyword:
		switch t.val {
		case "this", "super", "null", "true", "false":
			return true
		}
	case jsPunct:
		return t.val == ")" || t.val == "]" || t.val == "}"
	}
	return false
}

// isES3Reserved reports whether the word is one of the future reserved
// words of ECMAScript 3 that Qt still refuses as identifiers in JavaScript.
func isES3Reserved(w string) bool {
	switch w {
	case "abstract", "boolean", "byte", "char", "double", "final", "float", "goto", "implements",
		"int", "interface", "long", "native", "package", "private", "protected", "public", "short",
		"synchronized", "throws", "transient", "volatile":
		return true
	}
	return false
}

// startsOperand reports whether the token can only begin a new operand.
func (t jsTok) startsOperand() bool {
	switch t.kind {
	case jsIdent, jsNumber, jsString:
		return true
	case jsKeyword:
		return t.val != "in" && t.val != "instanceof"
	}
	return false
}

// needsMore reports whether an expression cannot end after the token, so a
// line break after it does not end the statement.
func (t jsTok) needsMore() bool {
	switch t.kind {
	case jsPunct:
		switch t.val {
		case ")", "]", "}", "++", "--":
			return false
		}
		return true
	case jsKeyword:
		switch t.val {
		case "new", "typeof", "void", "delete", "in", "instanceof", "await", "yield", "case":
			return true
		}
	}
	return false
}

// continues reports whether the token, first on a new line, continues the
// expression before it (so no semicolon is inserted before it).
func (t jsTok) continues(ternary int) bool {
	switch t.kind {
	case jsPunct:
		switch t.val {
		case "++", "--", "!", "~", "{", "}", ")", "]", ";", "@", "#":
			return false
		case ":":
			return ternary > 0
		}
		return true
	case jsTemplate:
		return true
	case jsKeyword:
		return t.val == "in" || t.val == "instanceof"
	}
	return false
}

var puncts = []string{
	">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=",
	"/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
}

// punctsFrom lists the puncts that start with each byte, longest first.
var punctsFrom [256][]string

func init() {
	for _, p := range puncts {
		punctsFrom[p[0]] = append(punctsFrom[p[0]], p)
	}
}

// hasLineBreak reports whether s contains a JavaScript line terminator
// (\n, U+2028 or U+2029).
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
		if s[i] >= 0x80 {
			return strings.ContainsAny(s[i:], "\n\u2028\u2029")
		}
	}
	return false
}

// next scans the next significant token.
func (j *jsScanner) next() (jsTok, *scanError) {
	start := j.pos
	off, err := skipSpace(j.src, j.pos)
	if err != nil {
		return jsTok{}, err
	}
	nl := hasLineBreak(j.src[start:off])
	j.pos = off
	t := jsTok{start: off, nl: nl}
	if off >= len(j.src) {
		t.kind, t.end = jsEOF, off
		return t, nil
	}
	c := j.src[off]
	switch {
	case c == '@' && !j.params:
		return t, j.illegalChar(off) // no JavaScript token starts with '@'
	case isIdentStartByte(c) || c >= 0x80 || c == '\\' || c == '#':
		o := off
		if c == '#' {
			o++
		}
		end, ok := scanIdent(j.src, o)
		if !ok {
			return t, j.illegalChar(off)
		}
		t.end, t.val = end, j.src[off:end]
		t.kind = jsIdent
		if isJSKeyword(t.val) {
			t.kind = jsKeyword
		}
	case isDigit(c) || c == '.' && off+1 < len(j.src) && isDigit(j.src[off+1]):
		t.kind, t.end = jsNumber, scanNumber(j.src, off)
	case c == '"' || c == '\'':
		end, nls, err := scanString(j.src, off)
		if err != nil {
			return t, err
		}
		for _, n := range nls {
			j.edits = append(j.edits, edit{off: n, ins: `\n\`})
		}
		t.kind, t.end = jsString, end
	case c == '`':
		end, err := j.template(off)
		if err != nil {
			return t, err
		}
		t.kind, t.end = jsTemplate, end
	case c == '/' && !j.prev.operandEnd():
		end, err := scanRegex(j.src, off)
		if err != nil {
			return t, err
		}
		t.kind, t.end = jsRegex, end
	default:
		t.kind = jsPunct
		t.end = off + 1
		for _, p := range punctsFrom[c] {
			if strings.HasPrefix(j.src[off:], p) {
				if p == "?." && off+2 < len(j.src) && isDigit(j.src[off+2]) {
					continue
				}
				t.end = off + len(p)
				break
			}
		}
		t.val = j.src[off:t.end]
	}
	j.pos = t.end
	return t, nil
}

// template scans a template literal, including nested ${ } expressions.
func (j *jsScanner) template(off int) (int, *scanError) {
	i := off + 1
	for i < len(j.src) {
		switch j.src[i] {
		case '\\':
			i += 2
			continue
		case '`':
			return i + 1, nil
		case '$':
			if i+1 < len(j.src) && j.src[i+1] == '{' {
				inner := jsScanner{src: j.src, pos: i + 1}
				end, err := inner.block()
				if err != nil {
					return 0, err
				}
				j.edits = append(j.edits, inner.edits...)
				i = end
				continue
			}
		}
		i++
	}
	return 0, &scanError{off, "Unclosed template literal at end of file"}
}

func scanRegex(src string, off int) (int, *scanError) {
	i := off + 1
	class := false
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
			continue
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				i++
				for i < len(src) && isIdentByte(src[i]) {
					i++
				}
				return i, nil
			}
		case '\n', '\r':
			return 0, &scanError{off, "Unterminated regular expression literal"}
		}
		i++
	}
	return 0, &scanError{off, "Unterminated regular expression literal"}
}

var closerOf = map[byte]byte{'(': ')', '[': ']', '{': '}'}

// step scans one token and applies the bracket and Qt-syntax bookkeeping
// shared by every scanning mode.
func (j *jsScanner) step() (jsTok, *scanError) {
	t, err := j.next()
	if err != nil {
		return t, err
	}
	if err := j.juxtaposed(t); err != nil {
		return t, err
	}
	if err := j.statementInBrackets(t); err != nil {
		return t, err
	}
	if !j.params {
		switch p := j.prev; {
		case (p.is("var") || p.is("let") || p.is("const")) && t.kind == jsPunct && !t.is("[") && !t.is("{"):
			return t, &scanError{t.start, "Expected token `identifier'"}
		case (p.is("if") || p.is("while") || p.is("switch") || p.is("with")) && !t.is("("):
			return t, &scanError{t.start, "Expected token `('"}
		}
	}
	switch t.kind {
	case jsKeyword:
		if t.val == "function" {
			j.fnState = 1
		}
		if t.val == "class" {
			j.classHead = true
		}
	case jsIdent:
		if t.val == "as" && j.prev.operandEnd() && !t.nl {
			if end, ok := j.castType(t.end); ok {
				// `expr as Type` is Qt's cast; goja sees only expr. The
				// blanked cast counts as the end of an operand.
				j.blank(t.start, end)
				j.pos = end
				t.end, t.kind = end, jsCast
				j.prev = t
				return t, nil
			}
		}
		if t.val == "async" {
			if err := j.asyncFunction(t); err != nil {
				return t, err
			}
		}
		if isES3Reserved(t.val) && !j.params && !j.prev.is(".") && !j.prev.is("?.") && !strings.HasPrefix(strings.TrimLeft(j.src[t.end:], " \t"), ":") && !j.reservedName(t) {
			return t, &scanError{t.start, "Unexpected reserved word `" + t.val + "'"}
		}
	case jsPunct:
		if t.val == ")" || t.val == "]" || t.val == "}" || t.val == ";" {
			if err := j.missingOperand(t); err != nil {
				return t, err
			}
		}
		if err := j.unclosedBefore(t); err != nil {
			return t, err
		}
		switch t.val {
		case "(", "[", "{":
			var kind, outer uint8
			if n := len(j.objs); n > 0 {
				outer = j.objs[n-1]
			}
			if t.val == "{" {
				kind = braceKind(j.prev, outer)
				if j.classHead {
					kind, j.classHead = objClass, false
				}
			}
			j.objs = append(j.objs, kind)
			j.depth++
			j.open = append(j.open, closerOf[t.val[0]])
			j.lists = append(j.lists, t.val != "{" && !j.prev.operandEnd() && j.fnState != 1 && j.prev.kind != jsKeyword)
			j.forHead = append(j.forHead, t.val == "(" && j.prev.is("for"))
			if t.val == "(" && j.fnState == 1 {
				j.fnParams = append(j.fnParams, j.depth)
			}
		case ")", "]", "}":
			if n := len(j.open); n > 0 {
				if j.open[n-1] != t.val[0] {
					if j.lists[n-1] && (j.prev.operandEnd() || j.prev.is("++") || j.prev.is("--")) {
						return t, &scanError{t.start, "Expected token `,'"}
					}
					return t, &scanError{t.start, "Expected token `" + string(j.open[n-1]) + "'"}
				}
				j.open = j.open[:n-1]
				j.lists = j.lists[:n-1]
				j.forHead = j.forHead[:n-1]
				j.objs = j.objs[:n-1]
			}
			if t.val == ")" && len(j.fnParams) > 0 && j.fnParams[len(j.fnParams)-1] == j.depth {
				j.fnParams = j.fnParams[:len(j.fnParams)-1]
				j.fnRetType = j.depth
			}
			j.depth--
		case "...":
			if n := len(j.objs); n > 0 && (j.objs[n-1] == objLiteral || j.objs[n-1] == objPattern) {
				// Qt 6.4 has no object spread or rest; its parser stops at
				// the '...' as it says here.
				if j.objs[n-1] == objPattern || strings.HasPrefix(j.src[t.end:], "{") {
					return t, &scanError{t.start, "Expected token `}'"}
				}
				return t, &scanError{t.start, "Unexpected token `...'"}
			}
		case ":":
			// Qt allows type annotations only on functions declared as QML
			// members, and says so for JavaScript functions.
			if n := len(j.fnParams); n > 0 && j.fnParams[n-1] == j.depth {
				return t, &scanError{t.start, "Type annotations are not permitted in function parameters in JavaScript functions"}
			}
			if j.fnRetType > 0 && j.prev.is(")") && j.fnRetType == j.depth+1 {
				return t, &scanError{t.start, "Type annotations are not permitted for the return value of JavaScript functions"}
			}
		}
	}
	if !(t.kind == jsIdent && j.fnState == 1) && !t.is("function") && !(t.is("*") && j.prev.is("function")) {
		j.fnState = 0
	}
	if !t.is(")") {
		j.fnRetType = 0
	}
	j.prev = t
	return t, nil
}

// juxtaposed reports an operand right after another one (on the same
// line, or anywhere inside brackets), or a stray ')' or ']' after one:
// Qt's parser wants the separator of the place there, ',' in a binding's
// expression or a list, ';' between statements or in a for head, the
// closing bracket of a call or condition.
func (j *jsScanner) juxtaposed(t jsTok) *scanError {
	p := j.prev
	if j.params || !p.operandEnd() || p.is(")") || p.is("}") || p.kind == jsCast {
		return nil
	}
	if p.kind == jsIdent {
		switch p.val {
		case "of", "get", "set", "static", "async", "await", "from", "as":
			return nil
		}
	}
	n := len(j.open)
	inBrackets := n > 0 && j.open[n-1] != '}'
	stray := (t.is(")") || t.is("]")) && !inBrackets
	operand := false
	switch t.kind {
	case jsIdent:
		operand = t.val != "of" && t.val != "as"
	case jsNumber, jsString:
		operand = true
	case jsKeyword:
		switch t.val {
		case "this", "null", "true", "false", "new", "typeof", "void", "delete", "function", "class", "super":
			operand = true
		}
	}
	if !operand && !stray || t.nl && !inBrackets {
		return nil
	}
	if n > 0 && !inBrackets && j.objs[n-1] != 0 {
		return nil // an object literal or a class body: goja's message
	}
	if n == 0 && t.kind == jsIdent && qmlMemberWord[t.val] {
		// The next member on the same line: Qt's lexer has no
		// identifier there, and wants the binding ended.
		return &scanError{t.start, "Expected token `;'"}
	}
	// Qt's parser first tries dropping the token: it is unexpected when
	// the one after it may follow the whole expression. Else it tries
	// putting a separator in its place, followed by that next token: a
	// ',' when the next one begins an operand.
	next, err := j.peek()
	if err != nil {
		return nil
	}
	if followsOperand(next, j.open) {
		return &scanError{t.start, "Unexpected token `" + qtSpelling(t) + "'"}
	}
	operandNext := next.beginsOperand() && !(next.kind == jsIdent && isES3Reserved(next.val))
	want := ""
	switch {
	case inBrackets && j.forHead[n-1]:
		want = ";"
	case inBrackets && j.lists[n-1], !inBrackets && operandNext:
		want = ","
	case inBrackets:
		want = string(j.open[n-1])
	default:
		want = ";" // a binding's statement, or statements of a block
	}
	return &scanError{t.start, "Expected token `" + want + "'"}
}

// statementInBrackets reports a statement's keyword (`return`, `var`...)
// met while a call's '(' or an index's '[' right before it is open.
func (j *jsScanner) statementInBrackets(t jsTok) *scanError {
	n := len(j.open)
	if j.params || n == 0 || j.open[n-1] == '}' || t.kind != jsKeyword {
		return nil
	}
	switch t.val {
	case "return", "var", "let", "const", "if", "for", "while", "do", "switch", "try", "throw", "break", "continue":
	default:
		return nil
	}
	switch p := j.prev; {
	case p.is("(") && !j.lists[n-1] && !j.forHead[n-1]:
		return &scanError{t.start, "Expected token `)'"}
	case p.is("["):
		if next, err := j.peek(); err == nil && next.beginsOperand() {
			return &scanError{t.start, "Unexpected token `" + t.val + "'"}
		}
	case p.operandEnd() && !p.is("}"):
		switch {
		case j.forHead[n-1]:
			return &scanError{t.start, "Expected token `;'"}
		case j.lists[n-1]:
			return &scanError{t.start, "Expected token `,'"}
		}
		return &scanError{t.start, "Expected token `" + string(j.open[n-1]) + "'"}
	}
	return nil
}

// qmlMemberWord: the words that begin an object member which Qt's lexer
// reads as keywords of their own after a binding on the same line.
var qmlMemberWord = map[string]bool{"property": true, "signal": true, "readonly": true, "required": true, "component": true}

// followsOperand reports whether the token may come right after a whole
// expression, with open the brackets still open: a ',', a ';' or the
// bracket that closes.
func followsOperand(t jsTok, open []byte) bool {
	switch {
	case t.is(",") || t.is(";"):
		return true
	case t.is(")") || t.is("]"):
		return len(open) > 0 && open[len(open)-1] == t.val[0]
	}
	return false
}

// qtSpelling is how Qt's parser names a token in its messages.
func qtSpelling(t jsTok) string {
	switch t.kind {
	case jsIdent:
		return "identifier"
	case jsNumber:
		return "numeric literal"
	case jsString:
		return "string literal"
	}
	return t.val
}

// illegalChar is the error for a character no token starts with at off.
// Qt's lexer hands it on as an error token, which its parser replaces
// like any other: after an operand by ',' when an operand follows, else
// by ';'; elsewhere it is dropped when the next token begins an operand.
func (j *jsScanner) illegalChar(off int) *scanError {
	r, size := utf8.DecodeRuneInString(j.src[off:])
	plain := &scanError{off, "Unexpected character '" + string(r) + "'"}
	pos, n := j.pos, len(j.edits)
	j.pos = off + size
	next, err := j.next()
	j.pos, j.edits = pos, j.edits[:n]
	switch {
	case err != nil:
		return plain
	case j.prev.operandEnd() && next.beginsOperand():
		return &scanError{off, "Expected token `,'"}
	case j.prev.operandEnd():
		return &scanError{off, "Expected token `;'"}
	case next.beginsOperand():
		return &scanError{off, "Unexpected token `'"}
	}
	return plain
}

// unclosedBefore reports a ';' or a block's '{' that comes after an
// operand while a '(' or '[' is still open (`if (x {`, `f(a;`): Qt's
// parser wants the bracket closed there, or a ',' in a list, not at the
// end of the script.
func (j *jsScanner) unclosedBefore(t jsTok) *scanError {
	n := len(j.open)
	if n == 0 || j.open[n-1] == '}' || !j.prev.operandEnd() || j.params {
		return nil
	}
	switch {
	case t.val == ";" && !j.forHead[n-1]:
	case t.val == "{" && !(j.prev.is(")") && j.fnRetType > 0) && !j.classHead && !j.forHead[n-1]:
	default:
		return nil
	}
	if j.lists[n-1] {
		return &scanError{t.start, "Expected token `,'"}
	}
	return &scanError{t.start, "Expected token `" + string(j.open[n-1]) + "'"}
}

// missingOperand reports the error Qt gives when a closing bracket or ';'
// (t) comes where an operand must. Qt's parser first tries dropping t: when
// the token after it could begin the operand, t is an "Unexpected token".
// Otherwise it tries inserting a token: after an operator a numeric literal
// fits, after '.' an identifier.
func (j *jsScanner) missingOperand(t jsTok) *scanError {
	if j.params {
		return nil // type names in a QML method's parameters (list<int>)
	}
	want := ""
	switch p := j.prev; {
	case p.is("."):
		want = "identifier"
	case p.kind == jsKeyword:
		switch p.val {
		case "new", "typeof", "void", "delete", "in", "instanceof":
			want = "numeric literal"
		}
	case p.kind == jsPunct:
		switch p.val {
		case "+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
			"&", "|", "^", "&&", "||", "??", "?", "!", "~", "=", "+=", "-=", "*=", "/=", "%=", "**=",
			"<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=":
			want = "numeric literal"
		}
	}
	if want == "" {
		return nil
	}
	if n, err := j.peek(); err == nil && n.beginsOperand() {
		return &scanError{t.start, "Unexpected token `" + t.val + "'"}
	}
	return &scanError{t.start, "Expected token `" + want + "'"}
}

// beginsOperand reports whether an expression can start with the token.
func (t jsTok) beginsOperand() bool {
	switch t.kind {
	case jsIdent, jsNumber, jsString, jsTemplate, jsRegex:
		return true
	case jsKeyword:
		switch t.val {
		case "this", "super", "null", "true", "false", "function", "class", "new", "typeof", "void", "delete":
			return true
		}
	case jsPunct:
		switch t.val {
		case "(", "[", "{", "!", "~", "+", "-", "++", "--", "/", "/=":
			return true
		}
	}
	return false
}

// castType returns the end of the type name after `as`, if one follows.
func (j *jsScanner) castType(off int) (int, bool) {
	o, err := skipSpace(j.src, off)
	if err != nil || o >= len(j.src) {
		return 0, false
	}
	ok := false
	for {
		end, isId := scanIdent(j.src, o)
		// After a qualifier any name goes, keywords too (`4 as Q.int`).
		if !isId || !ok && isJSKeyword(j.src[o:end]) {
			return 0, false
		}
		ok = true
		o = end
		if o < len(j.src) && j.src[o] == '.' {
			o++
			continue
		}
		return o, ok
	}
}

// blank replaces src[from:to] by spaces for goja (line breaks are kept).
func (j *jsScanner) blank(from, to int) {
	seg := j.src[from:to]
	var b strings.Builder
	for _, r := range seg {
		if r == '\n' || r == '\r' {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	j.edits = append(j.edits, edit{off: from, del: to - from, ins: b.String()})
}

// block scans a balanced { ... } block starting at j.pos and returns the
// offset after its closing brace.
func (j *jsScanner) block() (int, *scanError) {
	t, err := j.step()
	if err != nil {
		return 0, err
	}
	if !t.is("{") {
		return 0, &scanError{t.start, "Expected token `{'"}
	}
	base := j.depth - 1
	for {
		t, err := j.step()
		if err != nil {
			return 0, err
		}
		if t.kind == jsEOF {
			return 0, &scanError{t.start, "Expected token `}'"}
		}
		if t.is("}") && j.depth == base {
			return t.end, nil
		}
	}
}

// uiStatement scans the statement forms Qt allows after ':' in an object
// body: a block, if, switch, with, try, or an expression ended by JavaScript's
// semicolon rules. The semicolon ending a top-level expression is not part
// of the span.
func (j *jsScanner) uiStatement() (int, *scanError) {
	return j.statement(false)
}

func (j *jsScanner) peek() (jsTok, *scanError) {
	pos, n := j.pos, len(j.edits)
	t, err := j.next()
	j.pos, j.edits = pos, j.edits[:n]
	return t, err
}

func (j *jsScanner) statement(nested bool) (int, *scanError) {
	t, err := j.peek()
	if err != nil {
		return 0, err
	}
	switch {
	case t.is("{"):
		return j.block()
	case t.kind == jsKeyword && (t.val == "if" || t.val == "switch" || t.val == "with"):
		j.step()
		end, err := j.parens()
		if err != nil {
			return 0, err
		}
		if t.val == "switch" {
			return j.block()
		}
		end, err = j.statement(true)
		if err != nil {
			return 0, err
		}
		if t.val == "if" {
			n, err := j.peek()
			if err != nil {
				return 0, err
			}
			if n.is("else") {
				j.step()
				return j.statement(nested)
			}
		}
		return end, nil
	case t.is("try"):
		j.step()
		end, err := j.block()
		if err != nil {
			return 0, err
		}
		for {
			n, err := j.peek()
			if err != nil {
				return 0, err
			}
			switch {
			case n.is("catch"):
				j.step()
				if p, _ := j.peek(); p.is("(") {
					if _, err := j.parens(); err != nil {
						return 0, err
					}
				}
				end, err = j.block()
			case n.is("finally"):
				j.step()
				end, err = j.block()
			default:
				return end, nil
			}
			if err != nil {
				return 0, err
			}
		}
	case t.is(";"):
		if nested {
			j.step()
			return t.end, nil
		}
		return t.start, nil
	}
	return j.expression(nested)
}

// parens scans a balanced ( ... ) group.
func (j *jsScanner) parens() (int, *scanError) {
	t, err := j.step()
	if err != nil {
		return 0, err
	}
	if !t.is("(") {
		return 0, &scanError{t.start, "Expected token `('"}
	}
	base := j.depth - 1
	for {
		t, err := j.step()
		if err != nil {
			return 0, err
		}
		if t.kind == jsEOF {
			return 0, &scanError{t.start, "Expected token `)'"}
		}
		if t.is(")") && j.depth == base {
			return t.end, nil
		}
	}
}

// expression scans an expression statement and returns the end of its last
// token (consuming the ';' when nested inside another statement).
func (j *jsScanner) expression(nested bool) (int, *scanError) {
	base := j.depth
	end := j.pos
	ternary := 0
	first := true
	for {
		prev, depth := j.prev, j.depth
		t, err := j.step()
		if err != nil {
			return 0, err
		}
		if t.kind == jsEOF {
			return end, nil
		}
		if depth == base {
			switch {
			case t.is(";"):
				if nested {
					return t.end, nil
				}
				return end, nil
			case t.is("}") || t.is(")") || t.is("]"):
				return end, nil
			case t.is(":") && ternary == 0:
				return end, nil
			case t.nl && !first && !prev.needsMore() && !t.continues(ternary):
				return end, nil
			case !t.nl && !first && prev.operandEnd() && t.startsOperand():
				// Two operands in a row on one line: no semicolon is
				// inserted there, so the statement is unterminated.
				return 0, &scanError{t.start, "Expected token `;'"}
			case t.is("?"):
				ternary++
			case t.is(":"):
				ternary--
			}
		}
		first = false
		end = t.end
	}
}

// apply returns src[from:to] with the scanner's edits applied.
func (j *jsScanner) apply(from, to int) string {
	if len(j.edits) == 0 {
		return j.src[from:to]
	}
	var b strings.Builder
	last := from
	for _, e := range sortEdits(j.edits) {
		if e.off < last || e.off > to {
			continue
		}
		b.WriteString(j.src[last:e.off])
		b.WriteString(e.ins)
		last = e.off + e.del
	}
	b.WriteString(j.src[last:to])
	return b.String()
}

func sortEdits(es []edit) []edit {
	for i := 1; i < len(es); i++ {
		for k := i; k > 0 && es[k].off < es[k-1].off; k-- {
			es[k], es[k-1] = es[k-1], es[k]
		}
	}
	return es
}
