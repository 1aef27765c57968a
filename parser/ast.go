package parser

// The syntax tree of a QML document. The struct tags are the grammar
// (github.com/alecthomas/participle/v2); every node records where it starts
// (Pos) and where it ends (EndPos). JavaScript is kept as Script nodes whose
// Code has already been checked by goja's parser.

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Document is one parsed .qml file.
type Document struct {
	Pos         Pos
	Headers     []*Header     `parser:"@@*"`
	Annotations []*Annotation `parser:"@@*"`
	Root        *Object       `parser:"@@"`
	EndPos      Pos

	// Source is the text the document was parsed from.
	Source string

	// EarlyUses are the variables its scripts use before declaring them,
	// which Qt's compiler warns about when it compiles the document.
	EarlyUses []EarlyUse
}

// Header is an import or a pragma before the root object (imports, the
// more frequent, are tried first).
type Header struct {
	Import *Import `parser:"@@"`
	Pragma *Pragma `parser:"| @@"`
}

// Pragma is `pragma Name` or `pragma Name: Value, Value`.
type Pragma struct {
	Pos    Pos
	Name   string   `parser:"\"pragma\" @Ident"`
	Values []string `parser:"( \":\" @Ident )?"`
	Semi   bool     `parser:"@\";\"?"`
	EndPos Pos
}

// Import is `import Module.Name [Version] [as Q]` or `import "path" [as Q]`.
// After the first dot a module name may hold reserved words, as in Qt
// (`import declarative.import.for.test 1.0`).
type Import struct {
	Pos     Pos
	Module  string `parser:"\"import\" ( @Ident ( @\".\" @( Ident | Reserved ) )*"`
	Path    string `parser:"| @String )"`
	Version string `parser:"@Number?"`
	As      string `parser:"( \"as\" @Ident )?"`
	Semi    bool   `parser:"@\";\"?"`
	EndPos  Pos
}

// Object is an object declaration `Type { members }`, also used for grouped
// properties (`font { bold: true }`) and value sources (`Type on prop { }`).
type Object struct {
	Pos     Pos
	Type    string   `parser:"@Ident ( @\".\" @Ident )*"`
	On      string   `parser:"( \"on\" @Ident ( @\".\" @Ident )* )?"`
	Members []Member `parser:"\"{\" @@* \"}\""`
	EndPos  Pos
}

// Member is one entry of an object body.
type Member interface{ member() }

// Binding assigns a value to a property: `a.b.c: value`.
type Binding struct {
	Pos    Pos
	Name   string `parser:"@Ident ( @\".\" @Ident )* \":\""`
	Value  *Value `parser:"@@"`
	EndPos Pos
}

// Value is what follows ':' in a binding or a property declaration. The
// alternatives begin with different kinds of token; scripts, the most
// frequent, are tried first.
type Value struct {
	Pos    Pos
	Script *Script   `parser:"@@"`
	Object *Object   `parser:"| @@"`
	List   []*Object `parser:"| \"[\" @@ ( \",\" @@ )* \"]\""`
	EndPos Pos
}

// Script is JavaScript embedded in QML. Code is the source text as goja
// receives it: Qt-only syntax (type annotations, `as` casts, raw line breaks
// in strings) is replaced without moving any later line.
//
// Its grammar is `( @Script @";"? | @Block )`: one token and an optional
// ';'. Script parses itself (Parse, a participle.Parseable), which spares
// the grammar engine two branches and a capture for every script.
type Script struct {
	Pos    Pos
	Expr   string
	Semi   bool
	Block  string
	EndPos Pos

	// Trailer is the position of the token after the script (its
	// terminator); goja's errors about an incomplete script point there, as
	// Qt's do.
	Trailer Pos
}

// Parse implements participle.Parseable: `( @Script @";"? | @Block )`.
func (s *Script) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Type {
	case tokScript:
		s.Pos, s.Expr = t.Pos, t.Value
		lex.Next()
		if lex.Peek().Value == ";" {
			s.Semi = true
			lex.Next()
		}
	case tokBlock:
		s.Pos, s.Block = t.Pos, t.Value
		lex.Next()
	default:
		return participle.NextMatch
	}
	s.EndPos = lex.RawPeek().Pos
	return nil
}

// Code returns the JavaScript text of the script.
func (s *Script) Code() string {
	if s.Block != "" {
		return s.Block
	}
	return s.Expr
}

// IsBlock reports whether the script is a { ... } block.
func (s *Script) IsBlock() bool { return s.Block != "" }

// IsObjectLiteral reports whether a { ... } script is an object literal
// rather than a block of statements. Qt decides by the first two tokens: a
// string or numeric literal followed by a colon (`to: { "dying": 1 }`)
// starts an object literal; anything else (`{ a: 1 }` included) a block.
func (s *Script) IsObjectLiteral() bool {
	b := s.Block
	if b == "" {
		return false
	}
	i := skipSpaceAndComments(b, 1)
	if i >= len(b) {
		return false
	}
	switch c := b[i]; {
	case c == '"' || c == '\'':
		j := i + 1
		for j < len(b) && b[j] != c {
			if b[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(b) {
			return false
		}
		i = j + 1
	case c >= '0' && c <= '9' || c == '.' && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '9':
		for i < len(b) && (isIdentByte(b[i]) || b[i] == '.') {
			i++
		}
	default:
		return false
	}
	i = skipSpaceAndComments(b, i)
	return i < len(b) && b[i] == ':'
}

// skipSpaceAndComments returns the index of the first byte of code at or
// after i that is not white space or inside a comment.
func skipSpaceAndComments(code string, i int) int {
	for i < len(code) {
		switch {
		case code[i] == ' ' || code[i] == '\t' || code[i] == '\n' || code[i] == '\r' || code[i] == '\f' || code[i] == '\v':
			i++
		case strings.HasPrefix(code[i:], "//"):
			for i < len(code) && code[i] != '\n' {
				i++
			}
		case strings.HasPrefix(code[i:], "/*"):
			end := strings.Index(code[i+2:], "*/")
			if end < 0 {
				return len(code)
			}
			i += 2 + end + 2
		default:
			return i
		}
	}
	return i
}

// Property declares a property: `[default|required|readonly] property T name [: value]`.
type Property struct {
	Pos       Pos
	Modifiers []string `parser:"@( \"default\" | \"required\" | \"readonly\" )*"`
	Type      *Type    `parser:"\"property\" @@"`
	Name      string   `parser:"@Ident"`
	Value     *Value   `parser:"( \":\" @@ \";\"?"` // Qt takes a ';' after any value here
	Semi      bool     `parser:"| @\";\" )?"`
	EndPos    Pos
}

// Has reports whether the declaration carries the modifier.
func (p *Property) Has(modifier string) bool {
	for _, m := range p.Modifiers {
		if m == modifier {
			return true
		}
	}
	return false
}

// Type names a property or parameter type: `int`, `Q.Timer`, `list<Item>`.
type Type struct {
	Pos  Pos
	List *Type  `parser:"\"list\" \"<\" @@ \">\""`
	Name string `parser:"| @( Ident | Reserved ) ( @\".\" @Ident )*"`
}

// String returns the type as written.
func (t *Type) String() string {
	if t == nil {
		return ""
	}
	if t.List != nil {
		return "list<" + t.List.String() + ">"
	}
	return t.Name
}

// RequiredName marks an inherited property as required: `required name`.
type RequiredName struct {
	Pos    Pos
	Name   string `parser:"\"required\" @Ident"`
	Semi   bool   `parser:"@\";\"?"`
	EndPos Pos
}

// Signal declares a signal with optional typed parameters.
type Signal struct {
	Pos    Pos
	Name   string   `parser:"\"signal\" @Ident"`
	Params []*Param `parser:"( \"(\" ( @@ ( \",\" @@ )* )? \")\" )?"`
	Semi   bool     `parser:"@\";\"?"`
	EndPos Pos
}

// Param is a signal or function parameter: `name: Type`, `parser:"Type name"`
// (signals only) or `name` (functions only).
type Param struct {
	Pos     Pos
	OldType *Type  `parser:"(  @@"`
	OldName string `parser:"@Ident"`
	Name    string `parser:"| @Ident"`
	Type    *Type  `parser:"( \":\" @@ )? )"`
	EndPos  Pos
}

// Function declares a method: `function f(a: int, b): string { ... }`.
type Function struct {
	Pos       Pos
	Generator bool    `parser:"\"function\" @\"*\"?"`
	Name      string  `parser:"@Ident"`
	ParamList string  `parser:"@Params"`
	Return    *Type   `parser:"( \":\" @@ )?"`
	Body      *Script `parser:"@@"`
	EndPos    Pos

	// Params are the parameters with their type annotations; JSParams is
	// the parameter list as goja receives it (annotations removed).
	Params   []*Param
	JSParams string
}

// VarStatement is a JavaScript variable statement written as an object
// member, which Qt's grammar accepts.
type VarStatement struct {
	Pos    Pos
	Code   string `parser:"@Var \";\"?"`
	EndPos Pos
}

// Annotation is `@Name { bindings }` before an object or a member.
type Annotation struct {
	Pos     Pos
	Name    string   `parser:"\"@\" @Ident ( @\".\" @Ident )*"`
	Members []Member `parser:"\"{\" @@* \"}\""`
	EndPos  Pos
}

// Enum declares an enumeration: `enum E { A, B = 5 }`.
type Enum struct {
	Pos    Pos
	Name   string       `parser:"\"enum\" @Ident \"{\""`
	Values []*EnumValue `parser:"( @@ ( \",\" @@ )* )? \"}\""`
	EndPos Pos
}

// EnumValue is one enumerator, with an optional explicit value.
type EnumValue struct {
	Pos   Pos
	Name  string `parser:"@Ident"`
	Value string `parser:"( \"=\" @Number )?"`
}

// InlineComponent declares `component Name: Type { ... }`.
type InlineComponent struct {
	Pos    Pos
	Name   string  `parser:"\"component\" @Ident \":\""`
	Object *Object `parser:"@@"`
	EndPos Pos
}

// ObjectMember is a child object, a grouped property or a value source.
type ObjectMember struct {
	Object *Object `parser:"@@"`
}

func (*Binding) member()         {}
func (*Property) member()        {}
func (*RequiredName) member()    {}
func (*Signal) member()          {}
func (*Function) member()        {}
func (*Enum) member()            {}
func (*InlineComponent) member() {}
func (*ObjectMember) member()    {}
func (*VarStatement) member()    {}
func (*Annotation) member()      {}
