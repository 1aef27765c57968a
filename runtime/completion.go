package runtime

import (
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/qmlrun/qmlrun/parser"
)

// completionReturns rewrites a statement binding (`x: { var t = 3; t * 2 }`,
// `x: if (c) "a"; else "b"`) so that it returns its completion value: Qt
// evaluates such a binding to the value of the expression statement it ends
// in, where a function body would give undefined. Each expression statement
// in a tail position (the last statement of the block, of both branches of
// an if, of a switch case before its break, of a try or catch block) gets a
// `return` in front; the rest of the text keeps its place on its line.
// Loops, labelled breaks and statements after the value that do something
// (`5; var x = f()`) are left as they are: they give undefined. The code is returned unchanged
// when nothing needs a return, or when it does not parse (the caller's
// compilation reports the error).
func completionReturns(code string) string {
	const head = "(function(){"
	prg, err := parser.ParseJS("", head+code+"\n})")
	if err != nil || len(prg.Body) != 1 {
		return code
	}
	es, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return code
	}
	fn, ok := es.Expression.(*ast.FunctionLiteral)
	if !ok {
		return code
	}
	var at []int // offsets in code where a return goes
	var tails func(list []ast.Statement)
	tails = func(list []ast.Statement) {
		// Statements that leave the completion value alone and do
		// nothing when run (declarations without initialisers) may
		// follow the statement that gives the value.
		for len(list) > 0 && valueless(list[len(list)-1]) {
			list = list[:len(list)-1]
		}
		if len(list) == 0 {
			return
		}
		switch s := list[len(list)-1].(type) {
		case *ast.ExpressionStatement:
			at = append(at, statementStart(code, int(s.Idx0())-1-len(head)))
		case *ast.BlockStatement:
			tails(s.List)
		case *ast.IfStatement:
			tails([]ast.Statement{s.Consequent})
			if s.Alternate != nil {
				tails([]ast.Statement{s.Alternate})
			}
		case *ast.LabelledStatement:
			tails([]ast.Statement{s.Statement})
		case *ast.WithStatement:
			tails([]ast.Statement{s.Body})
		case *ast.TryStatement:
			tails(s.Body.List)
			if s.Catch != nil {
				tails(s.Catch.Body.List)
			}
		case *ast.SwitchStatement:
			for i, c := range s.Body {
				body := c.Consequent
				if n := len(body); n > 0 {
					if b, ok := body[n-1].(*ast.BranchStatement); ok && b.Token == token.BREAK && b.Label == nil {
						tails(body[:n-1])
						continue
					}
				}
				if i == len(s.Body)-1 {
					tails(body)
				}
			}
		}
	}
	tails(fn.Body.List)
	if len(at) == 0 {
		return code
	}
	sort.Ints(at)
	var b strings.Builder
	last := 0
	for _, p := range at {
		if p < last || p > len(code) {
			return code
		}
		b.WriteString(code[last:p])
		b.WriteString("return ")
		last = p
	}
	b.WriteString(code[last:])
	out := b.String()
	if _, err := parser.ParseJS("", head+out+"\n})"); err != nil {
		return code
	}
	return out
}

// valueless reports whether a statement has no completion value and no
// effect when it runs: `;`, a function declaration, or variables declared
// without initialisers.
func valueless(s ast.Statement) bool {
	switch s := s.(type) {
	case *ast.EmptyStatement, *ast.FunctionDeclaration:
		return true
	case *ast.VariableStatement:
		for _, b := range s.List {
			if b.Initializer != nil {
				return false
			}
		}
		return true
	}
	return false
}

// statementStart moves back from the start of an expression over the
// opening parentheses and spaces before it, which the syntax tree does not
// keep: `(a, b)` starts at its parenthesis.
func statementStart(code string, p int) int {
	if p > len(code) {
		return p
	}
	start := p
	for i := p - 1; i >= 0; i-- {
		switch code[i] {
		case '(':
			start = i
		case ' ', '\t', '\n', '\r':
		default:
			return start
		}
	}
	return start
}
