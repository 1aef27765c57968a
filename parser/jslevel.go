package parser

import (
	"math/big"
	"reflect"
	goruntime "runtime"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	gojaparser "github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
)

// ParseJS parses a JavaScript program with goja's parser. That parser
// faults on some malformed text (eval("var[...0(0") indexes out of range);
// here such text is a syntax error at the program's start, not a crash.
func ParseJS(name, src string) (prog *ast.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(goruntime.Error); !ok {
				panic(r)
			}
			prog, err = nil, gojaparser.ErrorList{{Position: file.Position{Filename: name, Line: 1, Column: 1}, Message: "Syntax error"}}
		}
	}()
	return gojaparser.ParseFile(nil, name, src, 0)
}

// Qt 6.4's JavaScript stops at about ECMAScript 2020; goja parses later
// syntax too. laterSyntax finds the first construct of a checked program
// that Qt's parser refuses, with the message and position Qt gives it, so
// that a document qmlrun accepts is one Qt accepts:
//
//   - class fields (`x = 1`), private names (`#x`) and static blocks;
//   - catch without a binding (`catch { }`);
//   - logical assignment (`||=`, `&&=`, `??=`);
//   - BigInt literals (`10n`) and numeric separators (`1_000`).
//
// Qt's parser reads most of them as two tokens, so its message depends on
// what follows (it inserts or drops a token to go on); the rules below are
// the ones Qt's parser shows for each construct in the places it is used.
//
// For a document, l is the layout of its scripts in src and qml its text.
func laterSyntax(prog *ast.Program, src string, l *Layout, qml string) (off int, msg string, found bool) {
	if !mayHaveLaterSyntax(src) {
		return 0, "", false
	}
	best := -1
	objectEnds := map[int]bool{} // the closing braces of object literals
	note := func(at int, m string) {
		if at >= 0 && (best < 0 || at < best) {
			best, msg = at, m
		}
	}
	WalkJS(prog, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FieldDefinition:
			if p, ok := n.Key.(*ast.PrivateIdentifier); ok {
				note(hashAt(src, int(p.Idx)-1), "Expected token `}'")
				return
			}
			at := nextToken(src, int(n.Key.Idx1())-1)
			if n.Computed && at < len(src) && src[at] == ']' {
				at = nextToken(src, at+1)
			}
			note(at, "Expected token `('")
		case *ast.MethodDefinition:
			if p, ok := n.Key.(*ast.PrivateIdentifier); ok {
				note(hashAt(src, int(p.Idx)-1), "Expected token `}'")
			}
		case *ast.PrivateDotExpression:
			note(hashAt(src, int(n.Identifier.Idx)-1), "Unexpected token `'")
		case *ast.PrivateIdentifier:
			note(hashAt(src, int(n.Idx)-1), "Unexpected token `'")
		case *ast.ClassStaticBlock:
			note(int(n.Block.LeftBrace)-1, "Expected token `('")
		case *ast.CatchStatement:
			if n.Parameter == nil {
				brace := int(n.Body.LeftBrace) - 1
				m := "Syntax error"
				if w := wordAt(src, nextToken(src, brace+1)); w != "" && !isJSKeyword(w) {
					m = "Expected token `('"
				}
				note(brace, m)
			}
		case *ast.AssignExpression:
			// goja records x ||= y with the operator ||
			switch op := n.Operator.String(); n.Operator {
			case token.LOGICAL_AND, token.LOGICAL_OR, token.COALESCE:
				from := int(n.Left.Idx1()) - 1
				if from < 0 || from > len(src) {
					return
				}
				if i := strings.Index(src[from:], op+"="); i >= 0 {
					note(from+i+len(op), "Unexpected token `='")
				}
			}
		case *ast.ObjectLiteral:
			objectEnds[int(n.RightBrace)-1] = true
		case *ast.NumberLiteral:
			_, bigInt := n.Value.(*big.Int)
			sep := strings.IndexByte(n.Literal, '_')
			if !bigInt && sep < 0 {
				return
			}
			start := int(n.Idx) - 1
			at := start + len(n.Literal) - 1 // the n of a BigInt
			if sep >= 0 {
				at = start + sep
			}
			note(at, numberSuffixMessage(src, start+len(n.Literal), l, qml, objectEnds))
		}
	})
	return best, msg, best >= 0
}

// mayHaveLaterSyntax is a quick look at the text for what laterSyntax
// finds, so that the syntax tree of most programs need not be walked.
func mayHaveLaterSyntax(src string) bool {
	if strings.Contains(src, "|=") || strings.Contains(src, "&=") || strings.Contains(src, "?=") {
		return true
	}
	for i := 1; i < len(src); i++ {
		if src[i] == '#' && src[i-1] != '"' && src[i-1] != '\'' {
			return true // not a color's "#rrggbb"
		}
	}
	for from := 0; ; {
		i := strings.Index(src[from:], "class")
		if i < 0 {
			break
		}
		i += from
		from = i + len("class")
		if (i == 0 || !isIdentByte(src[i-1])) && (from == len(src) || !isIdentByte(src[from])) {
			return true // a class, which may have fields
		}
	}
	for from := 0; ; {
		i := strings.Index(src[from:], "catch")
		if i < 0 {
			break
		}
		from = i + from + len("catch")
		if at := nextToken(src, from); at < len(src) && src[at] == '{' {
			return true // catch without a binding
		}
	}
	for i := 1; i < len(src); i++ {
		if c := src[i]; (c == 'n' || c == '_') && isDigit(src[i-1]) {
			return true
		}
	}
	return false
}

// numberSuffixMessage is Qt's message for a number followed by a name
// (10n, 1_000: Qt's lexer ends the number before the letter or '_'), from
// what follows it: before a closing bracket or separator Qt drops the name;
// elsewhere it asks for the ';' that would end a statement, or in a binding
// followed by more of the expression (or by another member) for a ','.
func numberSuffixMessage(src string, end int, l *Layout, qml string, objectEnds map[int]bool) string {
	next := byte(0)
	var sc *Script
	codeEnd := len(src)
	if l != nil {
		sc, codeEnd = l.scriptAt(end)
	}
	if at := nextToken(src, end); sc == nil || at < codeEnd {
		if at < len(src) {
			next = src[at]
		}
		if objectEnds[at] {
			return "Unexpected token `identifier'"
		}
	} else if at := nextToken(qml, sc.Pos.Offset+len(sc.Code())); at < len(qml) {
		next = qml[at] // the script ends with the number
	}
	switch {
	case strings.IndexByte(";)],", next) >= 0 && next != 0:
		return "Unexpected token `identifier'"
	case sc != nil && !sc.IsStatement() && next != '}':
		return "Expected token `,'"
	}
	return "Expected token `;'"
}

// nextToken returns the offset of the first byte at or after off that is
// not white space or in a comment (len(src) at the end).
func nextToken(src string, off int) int {
	for off < len(src) {
		switch {
		case src[off] == ' ' || src[off] == '\t' || src[off] == '\n' || src[off] == '\r':
			off++
		case strings.HasPrefix(src[off:], "//"):
			if i := strings.IndexByte(src[off:], '\n'); i >= 0 {
				off += i
			} else {
				return len(src)
			}
		case strings.HasPrefix(src[off:], "/*"):
			if i := strings.Index(src[off+2:], "*/"); i >= 0 {
				off += i + 4
			} else {
				return len(src)
			}
		default:
			return off
		}
	}
	return off
}

// wordAt returns the name starting at off, or "".
func wordAt(src string, off int) string {
	if off >= len(src) || !isIdentStartByte(src[off]) {
		return ""
	}
	end, _ := scanIdent(src, off)
	return src[off:end]
}

// hashAt returns the offset of a private name's '#', given its token.
func hashAt(src string, off int) int {
	if off > 0 && off < len(src) && src[off] != '#' && src[off-1] == '#' {
		return off - 1
	}
	return off
}

var (
	nodeType = reflect.TypeFor[ast.Node]()
	astPkg   = nodeType.PkgPath()
)

// WalkJS calls visit once for every node of a goja syntax tree, parents
// before their children (in no other order to rely on).
func WalkJS(root ast.Node, visit func(ast.Node)) {
	walkJS(reflect.ValueOf(root), map[uintptr]bool{}, visit)
}

// walkJS is WalkJS on a value of the tree; seen keeps a node reached twice
// (goja lists a function's declarations again in DeclarationList) from
// being visited twice.
func walkJS(v reflect.Value, seen map[uintptr]bool, visit func(ast.Node)) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walkJS(v.Elem(), seen, visit)
		}
	case reflect.Pointer:
		if v.IsNil() || v.Type().Elem().PkgPath() != astPkg || seen[v.Pointer()] {
			return // not a syntax node (a file, a number's value), or met already
		}
		seen[v.Pointer()] = true
		if v.Type().Implements(nodeType) {
			visit(v.Interface().(ast.Node))
		}
		walkJS(v.Elem(), seen, visit)
	case reflect.Struct:
		if v.Type().PkgPath() != astPkg {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkJS(v.Field(i), seen, visit)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkJS(v.Index(i), seen, visit)
		}
	}
}

// LaterSyntax finds the first construct of a parsed JavaScript file (a .js
// resource) that Qt 6.4's parser refuses: its line and column as goja
// counts them, and Qt's message.
func LaterSyntax(prog *ast.Program, src string) (line, col int, msg string, found bool) {
	off, msg, found := laterSyntax(prog, src, nil, "")
	if !found {
		return 0, 0, "", false
	}
	p := prog.File.Position(off)
	return p.Line, p.Column, msg, true
}
