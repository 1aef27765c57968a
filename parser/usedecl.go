package parser

import (
	"cmp"
	"slices"
	"sort"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
)

// Qt's JavaScript compiler warns, when it compiles a function, about every
// use of a variable that comes before the variable's declaration in the
// source: `x = 1; var x`, or a closure reading a `var` of its enclosing
// function declared after it. The program still runs (a var is hoisted).
// The names that count are those declared with var, let or const in a
// function or block; not parameters, function or class declarations, and
// at the top level of a JavaScript file only let and const (its vars are
// properties of the global object).

// EarlyUse is a use of a variable before its declaration.
type EarlyUse struct {
	Name string
	Use  Pos // where the name is used
	Decl Pos // where it is declared
}

// jsScope is a function, block or catch clause of a program being checked.
type jsScope struct {
	parent   *jsScope
	function bool             // var declarations land here
	global   bool             // the top level of a JavaScript file
	names    map[string]int64 // declared names: offset of the declaration, or neverWarns
}

// Declaration positions that are not offsets: neverWarns for a name whose
// uses are never early (a parameter); ownPosition asks targetAt to take
// each name's own offset.
const (
	neverWarns  int64 = -1
	ownPosition int64 = -2
)

// jsRef is a name read or written, with the scope it appears in.
type jsRef struct {
	name  string
	at    file.Idx
	scope *jsScope
}

// earlyUseFinder walks a program, declaring names in its scopes and
// noting every name used.
type earlyUseFinder struct {
	refs []jsRef
}

func (f *earlyUseFinder) declare(s *jsScope, name string, at int64) {
	if s.names == nil {
		s.names = map[string]int64{}
	}
	if _, ok := s.names[name]; !ok {
		s.names[name] = at // the first declaration counts
	}
}

// declareVar declares a var name in the nearest function scope.
func (f *earlyUseFinder) declareVar(s *jsScope, name string, at int64) {
	for !s.function && s.parent != nil {
		s = s.parent
	}
	if s.global {
		at = neverWarns // a property of the global object
	}
	f.declare(s, name, at)
}

// target declares the names of a binding target (with var: hoisted) and
// visits the default values in it. Qt places every name a pattern declares
// (var {a, b} = o) where the pattern starts.
func (f *earlyUseFinder) target(t ast.Expression, s *jsScope, isVar bool) {
	at := ownPosition
	switch t.(type) {
	case *ast.ObjectPattern, *ast.ArrayPattern:
		at = int64(t.Idx0())
	}
	f.targetAt(t, s, isVar, at)
}

func (f *earlyUseFinder) targetAt(t ast.Expression, s *jsScope, isVar bool, at int64) {
	switch t := t.(type) {
	case *ast.Identifier:
		pos := at
		if pos == ownPosition {
			pos = int64(t.Idx)
		}
		if isVar {
			f.declareVar(s, string(t.Name), pos)
		} else {
			f.declare(s, string(t.Name), pos)
		}
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				f.targetAt(&p.Name, s, isVar, at)
				f.expr(p.Initializer, s)
			case *ast.PropertyKeyed:
				if p.Computed {
					f.expr(p.Key, s)
				}
				f.targetAt(p.Value, s, isVar, at)
			}
		}
		f.targetAt(t.Rest, s, isVar, at)
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			f.targetAt(e, s, isVar, at)
		}
		f.targetAt(t.Rest, s, isVar, at)
	case *ast.AssignExpression: // a default value: [a = 1]
		f.targetAt(t.Left, s, isVar, at)
		f.expr(t.Right, s)
	case *ast.Binding:
		f.targetAt(t.Target, s, isVar, at)
		f.expr(t.Initializer, s)
	}
}

// formals declares parameters (they never warn) and visits their defaults.
func (f *earlyUseFinder) formals(l *ast.ParameterList, s *jsScope) {
	if l == nil {
		return
	}
	for _, b := range l.List {
		f.targetAt(b.Target, s, false, neverWarns)
		f.expr(b.Initializer, s)
	}
	f.targetAt(l.Rest, s, false, neverWarns)
}

func (f *earlyUseFinder) function(fl *ast.FunctionLiteral, s *jsScope) {
	fs := &jsScope{parent: s, function: true}
	if fl.Name != nil {
		f.declare(fs, string(fl.Name.Name), neverWarns) // a named function expression sees itself
	}
	f.formals(fl.ParameterList, fs)
	if fl.Body != nil {
		f.stmts(fl.Body.List, fs)
	}
}

func (f *earlyUseFinder) class(c *ast.ClassLiteral, s *jsScope) {
	f.expr(c.SuperClass, s)
	for _, el := range c.Body {
		switch el := el.(type) {
		case *ast.MethodDefinition:
			if el.Computed {
				f.expr(el.Key, s)
			}
			f.function(el.Body, s)
		case *ast.FieldDefinition:
			if el.Computed {
				f.expr(el.Key, s)
			}
			f.expr(el.Initializer, &jsScope{parent: s, function: true})
		case *ast.ClassStaticBlock:
			f.stmts(el.Block.List, &jsScope{parent: s, function: true})
		}
	}
}

// stmts visits a block's statements in the order Qt compiles them: the
// functions the block declares first, by name (its compiler keeps a
// block's names sorted), then the other statements in source order.
func (f *earlyUseFinder) stmts(list []ast.Statement, s *jsScope) {
	var decls []*ast.FunctionLiteral
	for _, st := range list {
		if d, ok := st.(*ast.FunctionDeclaration); ok {
			decls = append(decls, d.Function)
		}
	}
	slices.SortStableFunc(decls, func(a, b *ast.FunctionLiteral) int { return cmp.Compare(a.Name.Name, b.Name.Name) })
	for _, d := range decls {
		f.function(d, s)
	}
	for _, st := range list {
		if _, ok := st.(*ast.FunctionDeclaration); !ok {
			f.stmt(st, s)
		}
	}
}

func (f *earlyUseFinder) bindings(list []*ast.Binding, s *jsScope, isVar bool) {
	for _, b := range list {
		f.target(b.Target, s, isVar)
		f.expr(b.Initializer, s)
	}
}

func (f *earlyUseFinder) stmt(st ast.Statement, s *jsScope) {
	switch st := st.(type) {
	case *ast.BlockStatement:
		f.stmts(st.List, blockScope(st.List, s))
	case *ast.VariableStatement:
		f.bindings(st.List, s, true)
	case *ast.LexicalDeclaration:
		f.bindings(st.List, s, false)
	case *ast.FunctionDeclaration: // visited first by stmts
		f.function(st.Function, s)
	case *ast.ClassDeclaration:
		if st.Class.Name != nil {
			f.declare(s, string(st.Class.Name.Name), neverWarns) // Qt does not warn of a class
		}
		f.class(st.Class, s)
	case *ast.ExpressionStatement:
		f.expr(st.Expression, s)
	case *ast.IfStatement:
		f.expr(st.Test, s)
		f.stmt(st.Consequent, s)
		f.stmt(st.Alternate, s)
	case *ast.WhileStatement:
		f.expr(st.Test, s)
		f.stmt(st.Body, s)
	case *ast.DoWhileStatement:
		f.stmt(st.Body, s)
		f.expr(st.Test, s)
	case *ast.ForStatement:
		ls := s
		if _, ok := st.Initializer.(*ast.ForLoopInitializerLexicalDecl); ok {
			ls = &jsScope{parent: s}
		}
		switch in := st.Initializer.(type) {
		case *ast.ForLoopInitializerExpression:
			f.expr(in.Expression, ls)
		case *ast.ForLoopInitializerVarDeclList:
			f.bindings(in.List, ls, true)
		case *ast.ForLoopInitializerLexicalDecl:
			f.bindings(in.LexicalDeclaration.List, ls, false)
		}
		f.expr(st.Test, ls)
		f.stmt(st.Body, ls) // compiled before the update
		f.expr(st.Update, ls)
	case *ast.ForInStatement:
		ls := forScope(st.Into, s)
		f.forInto(st.Into, ls)
		f.expr(st.Source, ls)
		f.stmt(st.Body, ls)
	case *ast.ForOfStatement:
		ls := forScope(st.Into, s)
		f.forInto(st.Into, ls)
		f.expr(st.Source, ls)
		f.stmt(st.Body, ls)
	case *ast.ReturnStatement:
		f.expr(st.Argument, s)
	case *ast.ThrowStatement:
		f.expr(st.Argument, s)
	case *ast.LabelledStatement:
		f.stmt(st.Statement, s)
	case *ast.SwitchStatement:
		f.expr(st.Discriminant, s)
		bs := &jsScope{parent: s} // rare enough not to look for declarations first
		for _, c := range st.Body {
			f.expr(c.Test, bs)
			f.stmts(c.Consequent, bs)
		}
	case *ast.TryStatement:
		f.stmt(st.Body, s)
		if c := st.Catch; c != nil {
			cs := &jsScope{parent: s}
			if c.Parameter != nil {
				f.formals(&ast.ParameterList{List: []*ast.Binding{{Target: c.Parameter}}}, cs)
			}
			f.stmt(c.Body, cs)
		}
		if st.Finally != nil {
			f.stmt(st.Finally, s)
		}
	case *ast.WithStatement:
		f.expr(st.Object, s)
		f.stmt(st.Body, s)
	}
}

// blockScope returns the scope of a block's statements: a new one if it
// declares names of its own (let, const, class), else its parent's.
func blockScope(list []ast.Statement, s *jsScope) *jsScope {
	for _, st := range list {
		switch st.(type) {
		case *ast.LexicalDeclaration, *ast.ClassDeclaration:
			return &jsScope{parent: s}
		}
	}
	return s
}

// forScope is the scope of a for-in or for-of loop: its own for a let or
// const, else the enclosing one.
func forScope(in ast.ForInto, s *jsScope) *jsScope {
	if _, ok := in.(*ast.ForDeclaration); ok {
		return &jsScope{parent: s}
	}
	return s
}

func (f *earlyUseFinder) forInto(in ast.ForInto, s *jsScope) {
	switch in := in.(type) {
	case *ast.ForIntoVar:
		f.target(in.Binding.Target, s, true)
		f.expr(in.Binding.Initializer, s)
	case *ast.ForDeclaration:
		f.target(in.Target, s, false)
	case *ast.ForIntoExpression:
		f.expr(in.Expression, s)
	}
}

func (f *earlyUseFinder) exprs(list []ast.Expression, s *jsScope) {
	for _, e := range list {
		f.expr(e, s)
	}
}

func (f *earlyUseFinder) expr(e ast.Expression, s *jsScope) {
	switch e := e.(type) {
	case *ast.Identifier:
		f.refs = append(f.refs, jsRef{string(e.Name), e.Idx, s})
	case *ast.DotExpression:
		f.expr(e.Left, s)
	case *ast.PrivateDotExpression:
		f.expr(e.Left, s)
	case *ast.BracketExpression:
		f.expr(e.Left, s)
		f.expr(e.Member, s)
	case *ast.CallExpression:
		f.expr(e.Callee, s)
		f.exprs(e.ArgumentList, s)
	case *ast.NewExpression:
		f.expr(e.Callee, s)
		f.exprs(e.ArgumentList, s)
	case *ast.AssignExpression:
		f.expr(e.Left, s)
		f.expr(e.Right, s)
	case *ast.BinaryExpression:
		f.expr(e.Left, s)
		f.expr(e.Right, s)
	case *ast.ConditionalExpression:
		f.expr(e.Test, s)
		f.expr(e.Consequent, s)
		f.expr(e.Alternate, s)
	case *ast.SequenceExpression:
		f.exprs(e.Sequence, s)
	case *ast.UnaryExpression:
		f.expr(e.Operand, s)
	case *ast.SpreadElement:
		f.expr(e.Expression, s)
	case *ast.YieldExpression:
		f.expr(e.Argument, s)
	case *ast.AwaitExpression:
		f.expr(e.Argument, s)
	case *ast.OptionalChain:
		f.expr(e.Expression, s)
	case *ast.Optional:
		f.expr(e.Expression, s)
	case *ast.ArrayLiteral:
		f.exprs(e.Value, s)
	case *ast.ArrayPattern: // a destructuring assignment
		f.exprs(e.Elements, s)
		f.expr(e.Rest, s)
	case *ast.ObjectLiteral:
		for _, p := range e.Value {
			f.expr(p, s)
		}
	case *ast.ObjectPattern:
		for _, p := range e.Properties {
			f.expr(p, s)
		}
		f.expr(e.Rest, s)
	case *ast.PropertyShort:
		f.refs = append(f.refs, jsRef{string(e.Name.Name), e.Name.Idx, s})
		f.expr(e.Initializer, s)
	case *ast.PropertyKeyed:
		if e.Computed {
			f.expr(e.Key, s)
		}
		f.expr(e.Value, s)
	case *ast.TemplateLiteral:
		f.expr(e.Tag, s)
		f.exprs(e.Expressions, s)
	case *ast.FunctionLiteral:
		f.function(e, s)
	case *ast.ArrowFunctionLiteral:
		fs := &jsScope{parent: s, function: true}
		f.formals(e.ParameterList, fs)
		switch b := e.Body.(type) {
		case *ast.BlockStatement:
			f.stmts(b.List, fs)
		case *ast.ExpressionBody:
			f.expr(b.Expression, fs)
		}
	case *ast.ClassLiteral:
		cs := s
		if e.Name != nil {
			cs = &jsScope{parent: s}
			f.declare(cs, string(e.Name.Name), neverWarns)
		}
		f.class(e, cs)
	}
}

// earlyUses returns the uses of names before their declarations in a
// program, as offsets (0-based) of the use and of the declaration, in the
// order Qt's compiler meets them. global: the program is a JavaScript file, whose top
// level is the global scope.
func earlyUses(prog *ast.Program, global bool) (uses, decls []int, names []string) {
	f := &earlyUseFinder{refs: make([]jsRef, 0, 16)}
	top := &jsScope{function: true, global: global}
	f.stmts(prog.Body, top)
	for _, r := range f.refs {
		for s := r.scope; s != nil; s = s.parent {
			at, ok := s.names[r.name]
			if !ok {
				continue
			}
			if at > int64(r.at) {
				uses = append(uses, int(r.at)-1)
				decls = append(decls, int(at)-1)
				names = append(names, r.name)
			}
			break
		}
	}
	return uses, decls, names
}

// EarlyUsesOf returns the uses of names before their declarations in a
// parsed JavaScript file (a .js resource), with goja's lines and columns.
func EarlyUsesOf(prog *ast.Program) []EarlyUse {
	uses, decls, names := earlyUses(prog, true)
	out := make([]EarlyUse, len(uses))
	for i := range uses {
		u, d := prog.File.Position(uses[i]), prog.File.Position(decls[i])
		out[i] = EarlyUse{Name: names[i], Use: Pos{Line: u.Line, Column: u.Column}, Decl: Pos{Line: d.Line, Column: d.Column}}
	}
	return out
}

// documentEarlyUses finds the early uses in the scripts of a document
// (program is their layout l) in the order Qt's compiler reports them: by
// object (ScriptRef.Object), then in the order it meets them.
func documentEarlyUses(scripts []ScriptRef, prog *ast.Program, l *Layout) []EarlyUse {
	uses, decls, names := earlyUses(prog, false)
	if len(uses) == 0 {
		return nil
	}
	object := make(map[*Script]int, len(scripts))
	for _, sc := range scripts {
		object[sc.Script] = sc.Object
	}
	type found struct {
		EarlyUse
		object int
	}
	var all []found
	for i := range uses {
		sc, _ := l.scriptAt(uses[i])
		u, d := prog.File.Position(uses[i]), prog.File.Position(decls[i])
		ul, uc := l.Map(u.Line, u.Column)
		dl, dc := l.Map(d.Line, d.Column)
		all = append(all, found{EarlyUse{Name: names[i], Use: Pos{Line: ul, Column: uc}, Decl: Pos{Line: dl, Column: dc}}, object[sc]})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].object < all[j].object })
	out := make([]EarlyUse, len(all))
	for i, f := range all {
		out[i] = f.EarlyUse
	}
	return out
}
