package parser

import (
	"errors"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	gojaparser "github.com/dop251/goja/parser"
)

var grammarOptions = []participle.Option{
	participle.Lexer(qmlLexer{}),
	participle.ParseTypeWith[Member](parseMember),
	participle.UseLookahead(4),
}

// lazy is a parser built on first use: building every parser at package
// initialisation took 1.4 ms of each process start, mostly for kinds of
// member that the shortcuts below parse or that a document rarely has.
type lazy[T any] struct {
	once sync.Once
	p    *participle.Parser[T]
}

func (l *lazy[T]) get() *participle.Parser[T] {
	l.once.Do(func() { l.p = participle.MustBuild[T](grammarOptions...) })
	return l.p
}

var grammar lazy[Document]

// One parser per kind of member: parseMember looks at the first tokens and
// runs the one that applies, instead of trying every kind in turn.
var (
	bindingParser    lazy[Binding]
	objectParser     lazy[Object]
	propertyParser   lazy[Property]
	functionParser   lazy[Function]
	signalParser     lazy[Signal]
	enumParser       lazy[Enum]
	inlineParser     lazy[InlineComponent]
	requiredParser   lazy[RequiredName]
	varParser        lazy[VarStatement]
	annotationParser lazy[Annotation]
)

var allowTrailing = participle.AllowTrailing(true)

// sub parses one member with p from the current position of lex and moves
// lex past it.
func sub[T any, M Member](p *lazy[T], lex *lexer.PeekingLexer, conv func(*T) M) (Member, error) {
	v, err := p.get().ParseFromLexer(lex, allowTrailing)
	if err != nil {
		return nil, err
	}
	m := conv(v)
	end := memberEnd(m)
	for !lex.Peek().EOF() && lex.Peek().Pos.Offset < end {
		lex.Next()
	}
	return m, nil
}

// memberEnd is the offset where a parsed member ends (its EndPos is the
// position of the token after it).
func memberEnd(m Member) int {
	switch m := m.(type) {
	case *Binding:
		return m.EndPos.Offset
	case *ObjectMember:
		return m.Object.EndPos.Offset
	case *Property:
		return m.EndPos.Offset
	case *Function:
		return m.EndPos.Offset
	case *Signal:
		return m.EndPos.Offset
	case *Enum:
		return m.EndPos.Offset
	case *InlineComponent:
		return m.EndPos.Offset
	case *RequiredName:
		return m.EndPos.Offset
	case *VarStatement:
		return m.EndPos.Offset
	case *Annotation:
		return m.EndPos.Offset
	}
	return 0
}

func id[T any](v *T) *T { return v }

// grammarOnly makes every member go through the grammar engine, so that
// tests can check the shortcuts below build the same trees.
var grammarOnly bool

// plainObject builds a child object `Type { members }` (Type a plain
// name) as the Object grammar would, its members parsed one by one. On
// anything unexpected it returns nil with lex where it was, and the grammar
// engine parses the object again, to report the error as it does.
func plainObject(lex *lexer.PeekingLexer) Member {
	cp := lex.MakeCheckpoint()
	t := lex.Peek()
	if t.Type != tokIdent || grammarOnly {
		return nil
	}
	o := &Object{Pos: t.Pos, Type: t.Value}
	lex.Next() // the type
	if b := lex.Peek(); b.Value != "{" || b.Type != tokPunct {
		lex.LoadCheckpoint(cp)
		return nil
	}
	lex.Next()
	for {
		if p := lex.Peek(); p.Value == "}" && p.Type == tokPunct {
			lex.Next()
			o.EndPos = lex.RawPeek().Pos
			return &ObjectMember{Object: o}
		}
		m, err := parseMember(lex)
		if err != nil {
			lex.LoadCheckpoint(cp)
			return nil
		}
		o.Members = append(o.Members, m)
	}
}

// shortProperty builds `[modifiers] property T name [: value | ;]` (T a
// plain name) as the Property grammar would, or returns nil, leaving lex
// alone, for any other declaration.
func shortProperty(lex *lexer.PeekingLexer) Member {
	cp := lex.MakeCheckpoint()
	p := &Property{Pos: lex.Peek().Pos}
	for {
		t := lex.Peek()
		if t.Type != tokIdent || t.Value != "default" && t.Value != "required" && t.Value != "readonly" {
			break
		}
		p.Modifiers = append(p.Modifiers, t.Value)
		lex.Next()
	}
	kw := *lex.Peek()
	lex.Next()
	typ := *lex.Peek()
	lex.Next()
	name := *lex.Peek()
	lex.Next()
	next := *lex.Peek()
	if kw.Value != "property" || typ.Type != tokIdent && typ.Type != tokReserved || typ.Value == "list" ||
		name.Type != tokIdent || next.Value == "." || next.Value == "<" {
		lex.LoadCheckpoint(cp)
		return nil
	}
	p.Type, p.Name = &Type{Pos: typ.Pos, Name: typ.Value}, name.Value
	switch {
	case next.Value == ":" && next.Type == tokPunct:
		lex.Next()
		v := shortValue(lex)
		if v == nil {
			lex.LoadCheckpoint(cp)
			return nil
		}
		p.Value = v
		if t := lex.Peek(); t.Value == ";" && t.Type == tokPunct {
			lex.Next() // Qt takes a ';' after any value of a declaration
		}
	case next.Value == ";" && next.Type == tokPunct:
		p.Semi = true
		lex.Next()
	}
	p.EndPos = lex.RawPeek().Pos
	return p
}

// shortBinding builds `name: script` and `name: Type { ... }` (name
// possibly dotted), the most frequent members, as the Binding grammar would
// (positions included: a node's Pos is its first token's, its EndPos the raw
// token after it), without the grammar engine. For anything else it returns
// nil with lex where it was.
func shortBinding(lex *lexer.PeekingLexer) Member {
	if grammarOnly || lex.Peek().Type != tokIdent {
		return nil
	}
	cp := lex.MakeCheckpoint()
	b := &Binding{Pos: lex.Peek().Pos, Name: lex.Peek().Value}
	lex.Next() // the name
	for lex.Peek().Value == "." {
		lex.Next()
		if lex.Peek().Type != tokIdent {
			lex.LoadCheckpoint(cp)
			return nil
		}
		b.Name += "." + lex.Peek().Value
		lex.Next()
	}
	if c := lex.Peek(); c.Value != ":" || c.Type != tokPunct {
		lex.LoadCheckpoint(cp)
		return nil
	}
	lex.Next()
	v := shortValue(lex)
	if v == nil {
		lex.LoadCheckpoint(cp)
		return nil
	}
	b.Value = v
	b.EndPos = v.EndPos
	return b
}

// shortFunction builds `function [*] name(params) body` (no return type)
// as the Function grammar would, sparing a document's first method the
// building of that grammar (0.2 ms); for anything else it returns nil with
// lex where it was.
func shortFunction(lex *lexer.PeekingLexer) Member {
	if grammarOnly {
		return nil
	}
	cp := lex.MakeCheckpoint()
	f := &Function{Pos: lex.Peek().Pos}
	lex.Next() // function
	if lex.Peek().Value == "*" {
		f.Generator = true
		lex.Next()
	}
	name := *lex.Peek()
	lex.Next()
	params := *lex.Peek()
	lex.Next()
	f.Body = &Script{}
	if name.Type != tokIdent || params.Type != tokParams || lex.Peek().Value == ":" || f.Body.Parse(lex) != nil {
		lex.LoadCheckpoint(cp)
		return nil
	}
	f.Name, f.ParamList = name.Value, params.Value
	f.EndPos = lex.RawPeek().Pos
	return f
}

// shortSignal builds `signal name[(params)][;]` as the Signal grammar
// would when every parameter is `name`, `name: T` or `T name` (T a plain
// name), sparing a document's first signal the building of that grammar
// (0.2 ms); for anything else it returns nil with lex where it was.
func shortSignal(lex *lexer.PeekingLexer) Member {
	if grammarOnly {
		return nil
	}
	cp := lex.MakeCheckpoint()
	sig := &Signal{Pos: lex.Peek().Pos}
	lex.Next() // signal
	sig.Name = lex.Peek().Value
	lex.Next()
	if lex.Peek().Value == "(" {
		lex.Next()
		for lex.Peek().Value != ")" {
			if len(sig.Params) > 0 {
				if lex.Peek().Value != "," {
					lex.LoadCheckpoint(cp)
					return nil
				}
				lex.Next()
			}
			p := shortParam(lex)
			if p == nil {
				lex.LoadCheckpoint(cp)
				return nil
			}
			sig.Params = append(sig.Params, p)
		}
		lex.Next()
	}
	sig.Semi, sig.EndPos = closeMember(lex)
	return sig
}

// shortParam builds a signal parameter `name`, `name: T` or `T name` (T a
// plain name, not list) followed by ',' or ')', or returns nil (lex may
// have moved: the caller rewinds).
func shortParam(lex *lexer.PeekingLexer) *Param {
	plainType := func(t *lexer.Token) bool {
		return (t.Type == tokIdent || t.Type == tokReserved) && t.Value != "list"
	}
	ends := func(t *lexer.Token) bool { return t.Value == "," || t.Value == ")" }
	first := *lex.Peek()
	lex.Next()
	second := *lex.Peek()
	p := &Param{Pos: first.Pos}
	switch {
	case !plainType(&first):
		return nil
	case ends(&second) && first.Type == tokIdent:
		p.Name = first.Value
		p.EndPos = second.Pos
		return p
	}
	lex.Next()
	switch {
	case second.Type == tokIdent && ends(lex.Peek()):
		p.OldType, p.OldName = &Type{Pos: first.Pos, Name: first.Value}, second.Value
	case second.Value == ":" && first.Type == tokIdent && plainType(lex.Peek()):
		t := *lex.Peek()
		lex.Next()
		if !ends(lex.Peek()) {
			return nil
		}
		p.Name, p.Type = first.Value, &Type{Pos: t.Pos, Name: t.Value}
	default:
		return nil
	}
	p.EndPos = lex.RawPeek().Pos
	return p
}

// shortValue builds the value after ':' when it is a script or a plain
// object, or returns nil (lex may have moved: the caller rewinds).
func shortValue(lex *lexer.PeekingLexer) *Value {
	v := &Value{Pos: lex.Peek().Pos}
	switch lex.Peek().Type {
	case tokScript, tokBlock:
		v.Script = &Script{}
		if err := v.Script.Parse(lex); err != nil {
			return nil
		}
	default:
		om, ok := plainObject(lex).(*ObjectMember)
		if !ok {
			return nil
		}
		v.Object = om.Object
	}
	v.EndPos = lex.RawPeek().Pos
	return v
}

// parseMember picks the kind of an object member from its first tokens.
func parseMember(lex *lexer.PeekingLexer) (Member, error) {
	t := lex.Peek()
	if t.EOF() {
		return nil, participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	next := func() *lexer.Token {
		lex.Next()
		return lex.Peek()
	}
	t2 := next()
	t3 := next()
	lex.LoadCheckpoint(cp)
	switch {
	case t.Type == tokVar:
		return sub(&varParser, lex, id[VarStatement])
	case t.Value == "@":
		return sub(&annotationParser, lex, id[Annotation])
	case t2.Value == ":" || t2.Value == ".":
		// `name: value` or `a.b.c: value` (or a grouped object a.b { }).
		if t2.Value == "." {
			break
		}
		if t.Type == tokIdent {
			if m := shortBinding(lex); m != nil {
				return m, nil
			}
			return sub(&bindingParser, lex, id[Binding])
		}
	case t.Value == "function":
		if m := shortFunction(lex); m != nil {
			return m, nil
		}
		return sub(&functionParser, lex, id[Function])
	case t.Value == "signal" && t2.Type == tokIdent:
		if m := shortSignal(lex); m != nil {
			return m, nil
		}
		return sub(&signalParser, lex, id[Signal])
	case t.Value == "enum" && t2.Type == tokIdent && t3.Value == "{":
		return sub(&enumParser, lex, id[Enum])
	case t.Value == "component" && t2.Type == tokIdent && t3.Value == ":":
		return sub(&inlineParser, lex, id[InlineComponent])
	case t.Value == "required" && t2.Type == tokIdent && t2.Value != "property" && t2.Value != "readonly" && t2.Value != "default":
		return sub(&requiredParser, lex, id[RequiredName])
	case t.Value == "property" || t.Value == "default" || t.Value == "required" || t.Value == "readonly":
		if !grammarOnly {
			if m := shortProperty(lex); m != nil {
				return m, nil
			}
		}
		return sub(&propertyParser, lex, id[Property])
	}
	if t.Type != tokIdent {
		return nil, participle.NextMatch
	}
	// A qualified name followed by ':' is a binding, by '{' or `on` an object.
	cp = lex.MakeCheckpoint()
	lex.Next()
	for lex.Peek().Value == "." {
		lex.Next()
		lex.Next()
	}
	after := lex.Peek().Value
	lex.LoadCheckpoint(cp)
	if after == ":" {
		if m := shortBinding(lex); m != nil {
			return m, nil
		}
		return sub(&bindingParser, lex, id[Binding])
	}
	if after == "{" && !grammarOnly {
		if m := plainObject(lex); m != nil {
			return m, nil
		}
	}
	// An Object parser rather than one for ObjectMember (which is only
	// `@@` around it) saves a level of the grammar engine per child object.
	return sub(&objectParser, lex, func(o *Object) *ObjectMember { return &ObjectMember{Object: o} })
}

// oneMember parses a single object member; it locates errors inside a member
// that the document grammar reports only as "the object body ends here".
var oneMember lazy[memberOnly]

type memberOnly struct {
	M Member `parser:"@@"`
}

// shortDocument builds a document of imports, pragmas and a plain root
// object (`Type { members }`) as the Document grammar would, which spares
// building that grammar (0.4 ms, before a server's first connection). For
// anything else, errors included, it returns nil with lex where it was, and
// the grammar engine parses the document.
func shortDocument(lex *lexer.PeekingLexer) *Document {
	if grammarOnly {
		return nil
	}
	cp := lex.MakeCheckpoint()
	doc := &Document{Pos: lex.Peek().Pos}
	for {
		var h *Header
		switch lex.Peek().Value {
		case "import":
			if imp := shortImport(lex); imp != nil {
				h = &Header{Import: imp}
			}
		case "pragma":
			if p := shortPragma(lex); p != nil {
				h = &Header{Pragma: p}
			}
		default:
			if om, ok := plainObject(lex).(*ObjectMember); ok && lex.Peek().EOF() {
				doc.Root = om.Object
				doc.EndPos = lex.RawPeek().Pos
				return doc
			}
		}
		if h == nil {
			lex.LoadCheckpoint(cp)
			return nil
		}
		doc.Headers = append(doc.Headers, h)
	}
}

// shortImport builds `import Module.Name [Version] [as Q] [;]` or
// `import "path" [Version] [as Q] [;]` as the Import grammar would, or
// returns nil (lex may have moved: the caller rewinds).
func shortImport(lex *lexer.PeekingLexer) *Import {
	imp := &Import{Pos: lex.Peek().Pos}
	lex.Next() // import
	switch t := lex.Peek(); t.Type {
	case tokIdent:
		imp.Module = t.Value
		lex.Next()
		for lex.Peek().Value == "." {
			lex.Next()
			if n := lex.Peek(); n.Type != tokIdent && n.Type != tokReserved {
				return nil
			}
			imp.Module += "." + lex.Peek().Value
			lex.Next()
		}
	case tokString:
		imp.Path = t.Value
		lex.Next()
	default:
		return nil
	}
	if t := lex.Peek(); t.Type == tokNumber {
		imp.Version = t.Value
		lex.Next()
	}
	if lex.Peek().Value == "as" {
		lex.Next()
		if t := lex.Peek(); t.Type != tokIdent {
			return nil
		}
		imp.As = lex.Peek().Value
		lex.Next()
	}
	imp.Semi, imp.EndPos = closeMember(lex)
	return imp
}

// shortPragma builds `pragma Name [: Value] [;]` as the Pragma grammar
// would, or returns nil (lex may have moved: the caller rewinds).
func shortPragma(lex *lexer.PeekingLexer) *Pragma {
	p := &Pragma{Pos: lex.Peek().Pos}
	lex.Next() // pragma
	if t := lex.Peek(); t.Type != tokIdent {
		return nil
	}
	p.Name = lex.Peek().Value
	lex.Next()
	if lex.Peek().Value == ":" {
		lex.Next()
		if t := lex.Peek(); t.Type != tokIdent {
			return nil
		}
		p.Values = append(p.Values, lex.Peek().Value)
		lex.Next()
	}
	p.Semi, p.EndPos = closeMember(lex)
	return p
}

// Parse parses a QML document and checks the syntax of the JavaScript in it.
// Errors are returned as Diagnostics with positions in filename.
func Parse(filename, src string) (*Document, error) {
	doc, err := ParseSyntax(filename, src)
	if err != nil {
		return nil, err
	}
	if d := checkJS(doc); d != nil {
		return nil, Diagnostics{d}
	}
	return doc, nil
}

// ParseSyntax parses the QML structure of a document without handing its
// JavaScript to goja; Parse does both.
func ParseSyntax(filename, src string) (doc *Document, err error) {
	defer func() {
		// The grammar engine is third-party code: whatever it does on hostile
		// input must surface as a diagnostic, never as a crash.
		if r := recover(); r != nil {
			doc, err = nil, Diagnostics{Errorf(Pos{Filename: filename, Line: 1, Column: 1}, "internal parser error: %v", r)}
		}
	}()
	buf := scanBufferPool.Get().(*scanBuffers)
	s := newScanner(filename, src, buf)
	defer func() {
		// Nothing keeps the lists: participle copies the tokens.
		buf.toks, buf.scripts = s.toks[:0], s.scripts[:0]
		scanBufferPool.Put(buf)
	}()
	if lerr := s.run(); lerr != nil {
		var d *Diagnostic
		if errors.As(lerr, &d) {
			return nil, Diagnostics{s.qtLexError(d)}
		}
		return nil, lerr
	}
	if _, e := headerError(s.toks, false); e != nil {
		return nil, Diagnostics{Errorf(s.toks[e.at].Pos, "%s", e.msg)}
	}
	pl, perr := lexer.Upgrade(&tokenList{toks: s.toks})
	if perr != nil {
		return nil, Diagnostics{Errorf(Pos{Filename: filename, Line: 1, Column: 1}, "%v", perr)}
	}
	if doc = shortDocument(pl); doc == nil {
		doc, err = grammar.get().ParseFromLexer(pl)
	}
	if err != nil {
		d := convertError(filename, deepen(s.toks, err))
		i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Pos.Offset >= d.Pos.Offset })
		if e := qtGrammarError(s.toks, i); e != nil {
			d = Errorf(s.toks[e.at].Pos, "%s", e.msg)
		}
		return nil, Diagnostics{d}
	}
	doc.Source = s.src
	if d := finish(doc, s.trailer, s.toks); d != nil {
		return nil, d.chain()
	}
	return doc, nil
}

// deepen finds the real position of an error that participle reports at the
// start of an object member. A member that fails to parse ends the member list
// quietly, so the grammar complains that the object's '}' is missing; parsing
// the member on its own shows what is wrong inside it (repeatedly, for
// members nested in child objects).
func deepen(toks []lexer.Token, err error) error {
	for range 64 {
		var ute *participle.UnexpectedTokenError
		if !errors.As(err, &ute) || !strings.Contains(ute.Error(), `expected "}"`) {
			return err
		}
		at := ute.Unexpected.Pos.Offset
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Pos.Offset >= at })
		if i >= len(toks) || toks[i].Pos.Offset != at || toks[i].Type == tokEOF {
			return err
		}
		pl, lerr := lexer.Upgrade(&tokenList{toks: toks[i:]})
		if lerr != nil {
			return err
		}
		_, merr := oneMember.get().ParseFromLexer(pl, allowTrailing)
		var mute participle.Error
		if merr == nil || !errors.As(merr, &mute) || mute.Position().Offset <= at {
			return err
		}
		err = merr
	}
	return err
}

// convertError turns a participle error into a diagnostic in Qt's words.
func convertError(filename string, err error) *Diagnostic {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return Errorf(Pos{Filename: filename, Line: 1, Column: 1}, "%v", err)
	}
	pos := perr.Position()
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		return Errorf(pos, "%s", unexpectedMessage(ute.Unexpected))
	}
	msg := perr.Message()
	if strings.HasPrefix(msg, "unexpected token") {
		return Errorf(pos, "Syntax error")
	}
	return Errorf(pos, "%s", msg)
}

func unexpectedMessage(t lexer.Token) string {
	switch t.Type {
	case tokEOF:
		return "Expected token `}'"
	case tokScript, tokBlock:
		return "Syntax error"
	case tokString:
		return "Unexpected token `string literal'"
	case tokNumber:
		return "Unexpected token `numeric literal'"
	case tokIdent:
		return "Unexpected token `identifier'"
	}
	return "Unexpected token `" + t.Value + "'"
}

// finish completes the tree after the grammar ran: parameter forms are
// normalised, script trailers recorded, and Qt's rule that declarations are
// separated by ';' or a line break is checked.
// braceAfter is the position of the first '{' at or after pos: where an
// object declared there opens its body.
func braceAfter(src string, pos Pos) Pos {
	for i := pos.Offset; i < len(src); i++ {
		switch src[i] {
		case '{':
			return pos
		case '\n':
			pos.Line++
			pos.Column = 1
		default:
			pos.Column++
		}
		pos.Offset++
	}
	return pos
}

func finish(doc *Document, trailer func(offset int) Pos, toks []lexer.Token) *Diagnostic {
	// lastLine returns the line of the last token before offset end: where a
	// declaration that ends there really ends.
	lastLine := func(end int) int {
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Pos.Offset >= end })
		if i == 0 {
			return 0
		}
		t := toks[i-1]
		return t.Pos.Line + strings.Count(t.Value, "\n")
	}
	var walk func(o *Object) *Diagnostic
	fixScript := func(sc *Script) {
		if sc != nil {
			sc.Trailer = trailer(sc.Pos.Offset)
		}
	}
	fixValue := func(v *Value) *Diagnostic {
		if v == nil {
			return nil
		}
		fixScript(v.Script)
		if v.Object != nil {
			return walk(v.Object)
		}
		for _, o := range v.List {
			if d := walk(o); d != nil {
				return d
			}
		}
		return nil
	}
	walk = func(o *Object) *Diagnostic {
		for i, m := range o.Members {
			var end Pos
			needSep := false
			switch m := m.(type) {
			case *Binding:
				if d := fixValue(m.Value); d != nil {
					return d
				}
			case *Property:
				if m.Name == "as" || m.Name == "static" {
					return Errorf(m.Pos, "Expected token `identifier'")
				}
				if m.Has("readonly") && m.Value == nil {
					return Errorf(m.Pos, "Read-only properties require an initializer.")
				}
				if m.Has("required") && m.Value != nil {
					return Errorf(NamePos(doc.Source, m.Pos, "required"), "Required properties with initializer do not make sense.")
				}
				if m.Value != nil && len(m.Value.List) > 0 && m.Type.List == nil {
					// Only a list<T> declaration takes a list of objects;
					// for the others '[' starts a JavaScript array, in which
					// an object's '{' after its type name is unexpected.
					return Errorf(braceAfter(doc.Source, m.Value.List[0].Pos), "Expected token `,'")
				}
				if d := fixValue(m.Value); d != nil {
					return d
				}
				end, needSep = m.EndPos, !m.Semi && m.Value == nil
			case *Signal:
				if signalNameReserved[m.Name] {
					return Errorf(m.Pos, "Expected token `identifier'")
				}
				for _, p := range m.Params {
					if d := listParam(doc.Source, p); d != nil {
						return d
					}
					p.normalize()
					if p.Type == nil {
						return Errorf(p.Pos, "Expected token `:'")
					}
				}
				end, needSep = m.EndPos, !m.Semi
			case *RequiredName:
				end, needSep = m.EndPos, !m.Semi
			case *Function:
				if m.Name == "as" {
					return Errorf(m.Pos, "Expected a qualified name id")
				}
				if d := m.splitParams(); d != nil {
					return d
				}
				fixScript(m.Body)
			case *Enum:
				if enumNameReserved[m.Name] {
					return Errorf(NamePos(doc.Source, m.Pos, m.Name), "Expected token `identifier'")
				}
				for _, v := range m.Values {
					if enumNameReserved[v.Name] {
						return Errorf(v.Pos, "Expected token `identifier'")
					}
				}
			case *ObjectMember:
				if d := walk(m.Object); d != nil {
					return d
				}
			case *InlineComponent:
				if d := walk(m.Object); d != nil {
					return d
				}
			}
			if needSep && i+1 < len(o.Members) {
				next := memberPos(o.Members[i+1])
				if next.Line == lastLine(end.Offset) {
					return Errorf(next, "%s", missingSeparator(m, toks, next))
				}
			}
		}
		return nil
	}
	for _, h := range doc.Headers {
		if h.Import != nil && h.Import.Path != "" {
			h.Import.Path = unquote(h.Import.Path)
		}
	}
	return walk(doc.Root)
}

// listParam refuses a signal parameter of a list type, which Qt 6.4's
// grammar has no rule for, with the errors its parser reports: at the '<',
// "Syntax error" for `name: list<T>`; for `list<T> name`, "Expected token
// `identifier'" when T is a reserved word, else "Unexpected token `<'"
// followed by "Syntax error" at the '>'.
func listParam(src string, p *Param) *Diagnostic {
	t := p.Type
	if p.OldName != "" {
		t = p.OldType
	}
	if t == nil || t.List == nil {
		return nil
	}
	lt := charPos(src, t.Pos, '<')
	switch {
	case p.OldName == "":
		return Errorf(lt, "Syntax error")
	case t.List.List == nil && (isJSKeyword(t.List.Name) || isES3Reserved(t.List.Name) || t.List.Name == "enum"):
		return Errorf(lt, "Expected token `identifier'")
	}
	d := Errorf(lt, "Unexpected token `<'")
	d.next = Errorf(charPos(src, t.List.Pos, '>'), "Syntax error")
	return d
}

// charPos finds the first c at or after from.
func charPos(src string, from Pos, c byte) Pos {
	return advance(src, from, strings.IndexByte(src[from.Offset:], c))
}

// signalNameReserved holds contextual keywords Qt refuses as signal names.
var signalNameReserved = map[string]bool{
	"as": true, "from": true, "get": true, "set": true, "of": true, "on": true, "static": true,
}

// enumNameReserved holds the contextual keywords Qt refuses as enum and
// enumerator names: its grammar takes only a plain identifier there.
var enumNameReserved = map[string]bool{
	"as": true, "component": true, "from": true, "get": true, "of": true, "on": true, "pragma": true,
	"property": true, "readonly": true, "required": true, "set": true, "signal": true, "static": true,
}

// NamePos finds where a declared name is first written at or after from.
func NamePos(src string, from Pos, name string) Pos {
	return advance(src, from, wordIndex(src[from.Offset:], name))
}

// DeclNamePos is where a property declaration's name is: after its type,
// which may be spelled alike (property Timer Timer).
func DeclNamePos(src string, typ Pos, name string) Pos {
	after := typ
	if i := strings.IndexAny(src[typ.Offset:], " \t\n>"); i >= 0 {
		after = advance(src, typ, i)
	}
	return NamePos(src, after, name)
}

// advance is the position i bytes after from (from itself when i < 0).
func advance(src string, from Pos, i int) Pos {
	p := from
	if i < 0 {
		return from
	}
	seg := src[from.Offset : from.Offset+i]
	if nl := strings.Count(seg, "\n"); nl > 0 {
		p.Line += nl
		p.Column = len(seg) - strings.LastIndexByte(seg, '\n')
	} else {
		p.Column += i
	}
	p.Offset += i
	return p
}

// wordIndex finds name in s as a whole identifier (not inside a keyword
// such as the "a" of "signal"), or returns -1.
func wordIndex(s, name string) int {
	isIdent := func(b byte) bool {
		return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
	}
	for off := 0; ; {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(name)
		if (i == 0 || !isIdent(s[i-1])) && (end == len(s) || !isIdent(s[end])) {
			return i
		}
		off = i + 1
	}
}

// splitParams reads a method's parameter list: `name: Type` parameters
// keep their type; any other parameter (defaults, rest, destructuring) is
// JavaScript passed through to goja.
func (f *Function) splitParams() *Diagnostic {
	list := f.ParamList[1 : len(f.ParamList)-1]
	var js []string
	for _, part := range splitTopLevel(list) {
		text := strings.TrimSpace(stripComments(part.text))
		if text == "" {
			if strings.TrimSpace(stripComments(list)) != "" {
				return Errorf(f.Pos, "Unexpected token `,'")
			}
			continue
		}
		p := &Param{Pos: f.Pos, Name: text}
		if name, typ, ok := strings.Cut(text, ":"); ok && isSimpleIdent(strings.TrimSpace(name)) {
			p.Name = strings.TrimSpace(name)
			p.Type = &Type{Pos: f.Pos, Name: strings.TrimSpace(typ)}
			if t := strings.TrimSpace(typ); strings.HasPrefix(t, "list<") && strings.HasSuffix(t, ">") {
				p.Type = &Type{Pos: f.Pos, List: &Type{Pos: f.Pos, Name: strings.TrimSpace(t[5 : len(t)-1])}}
			}
			js = append(js, p.Name)
		} else {
			js = append(js, text)
			if !isSimpleIdent(text) {
				p.Name = ""
			}
		}
		f.Params = append(f.Params, p)
	}
	f.JSParams = strings.Join(js, ", ")
	return nil
}

// stripComments removes /* */ and // comments outside strings.
func stripComments(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i+1 < len(s) && (s[i+1] == '*' || s[i+1] == '/') {
			end, _ := skipSpace(s, i)
			b.WriteByte(' ')
			i = end - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

type topPart struct{ text string }

// splitTopLevel splits s at commas outside brackets and strings.
func splitTopLevel(s string) []topPart {
	var out []topPart
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{', '<':
			depth++
		case ')', ']', '}', '>':
			depth--
		case '"', '\'', '`':
			end, _, _ := scanString(s, i)
			if c == '`' {
				if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
					end = i + j + 2
				}
			}
			i = end - 1
		case ',':
			if depth == 0 {
				out = append(out, topPart{s[start:i]})
				start = i + 1
			}
		}
	}
	return append(out, topPart{s[start:]})
}

func isSimpleIdent(s string) bool {
	end, ok := scanIdent(s, 0)
	return ok && end == len(s)
}

func (p *Param) normalize() {
	if p.OldName != "" {
		p.Name, p.Type, p.OldName, p.OldType = p.OldName, p.OldType, "", nil
	}
}

// MemberPos returns where a member starts.
func memberPos(m Member) Pos {
	switch m := m.(type) {
	case *Binding:
		return m.Pos
	case *Property:
		return m.Pos
	case *RequiredName:
		return m.Pos
	case *Signal:
		return m.Pos
	case *Function:
		return m.Pos
	case *Enum:
		return m.Pos
	case *InlineComponent:
		return m.Pos
	case *ObjectMember:
		return m.Object.Pos
	}
	return Pos{}
}

// MemberPos returns the position where a member of an object body starts.
func MemberPos(m Member) Pos { return memberPos(m) }

// unquote decodes a QML string literal (with its quotes).
func unquote(s string) string {
	if len(s) < 2 {
		return s
	}
	body := s[1 : len(s)-1]
	if !strings.ContainsRune(body, '\\') {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0':
			b.WriteByte(0)
		case '\n':
		default:
			b.WriteByte(body[i])
		}
	}
	return b.String()
}

// Unquote decodes a QML/JavaScript string literal including its quotes.
func Unquote(s string) string { return unquote(s) }

// checkJS hands every script of the document to goja's parser in one
// program and maps the first syntax error back to its QML position.
func checkJS(doc *Document) *Diagnostic {
	scripts := doc.Scripts()
	// blank tells the scripts that goja need not see: an empty statement
	// (`x: ;`), or an expression that is certainly valid, which is left
	// blank so that every other position stays the same.
	blank := func(sc ScriptRef) bool {
		code := sc.Script.Code()
		return sc.Function == nil && simpleScript(code) || strings.TrimSpace(code) == ""
	}
	i := 0
	for i < len(scripts) && blank(scripts[i]) {
		i++
	}
	if i == len(scripts) {
		return nil
	}
	var l Layout
	l.b.Grow(len(doc.Source) + 64) // about as long as the document
	for _, sc := range scripts {
		code := sc.Script.Code()
		if strings.TrimSpace(code) == "" {
			continue
		}
		prefix, suffix := CheckWrapper(sc)
		if blank(sc) {
			l.AddBlank(sc.Script, prefix, suffix)
			continue
		}
		l.Add(sc.Script, prefix, suffix)
	}
	src := l.Source()
	prog, err := ParseJS(doc.Root.Pos.Filename, src)
	if err == nil {
		off, msg, found := laterSyntax(prog, src, &l, doc.Source)
		if !found {
			doc.EarlyUses = documentEarlyUses(scripts, prog, &l)
			return nil
		}
		p := prog.File.Position(off)
		line, col := l.Map(p.Line, p.Column)
		return Errorf(Pos{Filename: doc.Root.Pos.Filename, Line: line, Column: col}, "%s", msg)
	}
	var list gojaparser.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		e := list[0]
		if earlyErrorsQtDefers[e.Message] || strings.HasPrefix(e.Message, "Undefined label") {
			// goja checks these while parsing; Qt's parser accepts them
			// and reports them only when the code is compiled.
			return nil
		}
		line, col := l.Map(e.Position.Line, e.Position.Column)
		msg := e.Message
		if rest, ok := strings.CutPrefix(msg, "Unexpected token "); ok && rest != "ILLEGAL" {
			// The token goja saw may be wrapper text placed at the script's
			// trailer; name what the QML source has there instead.
			if tok := tokenAt(doc.Source, line, col); tok != rest {
				msg = "Unexpected token " + tok
			}
		}
		msg = jsMessage(msg)
		if word := tokenAt(doc.Source, line, col); isJSKeyword(word) || word == "enum" {
			msg = reservedWordMessage(doc.Source, line, col, word, msg)
		}
		return Errorf(Pos{Filename: doc.Root.Pos.Filename, Line: line, Column: col}, "%s", msg)
	}
	return Errorf(doc.Root.Pos, "%v", err)
}

// reservedWordMessage words goja's refusal of a reserved word as Qt's
// parser does: a declaration wants a name there ("Expected token
// `identifier'"), anywhere else the word is named.
func reservedWordMessage(src string, line, col int, word, msg string) string {
	if msg != "Unexpected reserved word" && msg != "Unexpected token `"+word+"'" {
		return msg
	}
	before := sourceLine(src, line)
	i := 0
	for n := 1; n < col && i < len(before); n++ {
		_, size := utf8.DecodeRuneInString(before[i:])
		i += size
	}
	fields := strings.Fields(before[:i])
	if len(fields) > 0 {
		switch fields[len(fields)-1] {
		case "var", "let", "const":
			return "Expected token `identifier'"
		}
	}
	return "Unexpected token `" + word + "'"
}

// simpleScript reports whether code is an expression that goja certainly
// accepts: a plain name or a chain of them (a.b.c), true, false, null, this,
// a decimal number, or a quoted ASCII string without escapes.
func simpleScript(code string) bool {
	if code == "" {
		return false
	}
	switch c := code[0]; {
	case c == '"' || c == '\'':
		if len(code) < 2 || code[len(code)-1] != c {
			return false
		}
		for i := 1; i < len(code)-1; i++ {
			if b := code[i]; b == c || b == '\\' || b < ' ' || b >= 0x7f {
				return false
			}
		}
		return true
	case c == '-' || isDigit(c):
		s := strings.TrimPrefix(code, "-")
		whole, frac, dot := strings.Cut(s, ".")
		return digitsOnly(whole) && (whole == "0" || whole[0] != '0') && (!dot || digitsOnly(frac))
	}
	for first := true; ; first = false {
		end := 0
		for end < len(code) && isIdentByte(code[end]) {
			end++
		}
		w := code[:end]
		if w == "" || isDigit(w[0]) {
			return false
		}
		if isJSKeyword(w) || isES3Reserved(w) || w == "enum" || w == "await" || w == "static" {
			if !first || w != "true" && w != "false" && w != "null" && w != "this" {
				return false
			}
		}
		if end == len(code) {
			return true
		}
		if code[end] != '.' {
			return false
		}
		code = code[end+1:]
	}
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

var earlyErrorsQtDefers = map[string]bool{
	"Illegal continue statement": true,
	"Illegal break statement":    true,
}

// tokenAt returns the text of the token at a line and column of src, or
// "end of file".
func tokenAt(src string, line, col int) string {
	l := sourceLine(src, line)
	i := 0
	for n := 1; n < col && i < len(l); n++ {
		_, size := utf8.DecodeRuneInString(l[i:])
		i += size
	}
	if i >= len(l) {
		if strings.Count(src, "\n") < line {
			return "end of file"
		}
		return "end of line"
	}
	rest := l[i:]
	if isIdentStartByte(rest[0]) {
		end, _ := scanIdent(rest, 0)
		return rest[:end]
	}
	if isDigit(rest[0]) {
		return rest[:scanNumber(rest, 0)]
	}
	for _, p := range puncts {
		if strings.HasPrefix(rest, p) {
			return p
		}
	}
	_, size := utf8.DecodeRuneInString(rest)
	return rest[:size]
}

// JSMessage rewords a goja syntax error message in Qt's style.
func JSMessage(m string) string { return jsMessage(m) }

// jsMessage rewords goja's syntax error messages in Qt's style.
func jsMessage(m string) string {
	if rest, ok := strings.CutPrefix(m, "Unexpected token "); ok {
		if rest == "ILLEGAL" {
			return "Syntax error"
		}
		return "Unexpected token `" + rest + "'"
	}
	switch m {
	case "Unexpected end of input":
		return "Unexpected token `end of file'"
	case "Unexpected identifier":
		return "Unexpected token `identifier'"
	case "Unexpected number":
		return "Unexpected token `numeric literal'"
	case "Unexpected string":
		return "Unexpected token `string literal'"
	case "Illegal return statement":
		return "Return statement not allowed outside of Function declaration."
	}
	return m
}

// ScriptRef is a script with the declaration it belongs to.
type ScriptRef struct {
	Script   *Script
	Function *Function // set for function bodies
	// Object numbers the object the script belongs to as Qt's IR builder
	// does, the order in which Qt compiles scripts: depth first in source
	// order, a group of dotted bindings (Component.onCompleted, font.bold)
	// an object of its own, numbered at its first binding.
	Object int
}

// Scripts lists every script of the document in source order.
func (doc *Document) Scripts() []ScriptRef {
	var out []ScriptRef
	objects := 0
	var walk func(o *Object)
	value := func(v *Value, owner int) {
		if v == nil {
			return
		}
		if v.Script != nil {
			out = append(out, ScriptRef{Script: v.Script, Object: owner})
		}
		if v.Object != nil {
			walk(v.Object)
		}
		for _, o := range v.List {
			walk(o)
		}
	}
	walk = func(o *Object) {
		self := objects
		objects++
		var groups map[string]int
		for _, m := range o.Members {
			switch m := m.(type) {
			case *Binding:
				owner := self
				for i := 0; i < len(m.Name); i++ {
					if m.Name[i] != '.' {
						continue
					}
					g, ok := groups[m.Name[:i]]
					if !ok {
						if groups == nil {
							groups = map[string]int{}
						}
						g = objects
						objects++
						groups[m.Name[:i]] = g
					}
					owner = g
				}
				value(m.Value, owner)
			case *Property:
				value(m.Value, self)
			case *Function:
				out = append(out, ScriptRef{Script: m.Body, Function: m, Object: self})
			case *ObjectMember:
				walk(m.Object)
			case *InlineComponent:
				walk(m.Object)
			}
		}
	}
	walk(doc.Root)
	return out
}

// IsStatement reports whether a script is a statement (if, switch, with,
// try, or a block) rather than an expression.
func (s *Script) IsStatement() bool {
	if s.IsBlock() {
		return !s.IsObjectLiteral()
	}
	w := s.Expr
	end := 0
	for end < len(w) && isIdentByte(w[end]) {
		end++
	}
	switch w[:end] {
	case "if", "switch", "with", "try":
		return true
	}
	return false
}

// CheckWrapper returns the text placed around a script so that goja parses
// it in the same grammatical position Qt does.
func CheckWrapper(r ScriptRef) (prefix, suffix string) {
	if f := r.Function; f != nil {
		star := ""
		if f.Generator {
			star = "*"
		}
		return "(function" + star + " " + f.Name + "(" + f.JSParams + ")", ");"
	}
	if r.Script.IsStatement() {
		return "(function(){", "});"
	}
	return "(function(){return (", ")});"
}

// closeMember consumes the ';' that may end a member and returns whether
// there was one and where the member ends, as the grammar records them.
func closeMember(lex *lexer.PeekingLexer) (semi bool, end lexer.Position) {
	if semi = lex.Peek().Value == ";"; semi {
		lex.Next()
	}
	return semi, lex.RawPeek().Pos
}
