package runtime

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// document is a parsed, resolved and compiled .qml file. It is shared by all
// instances of the component the file defines.
type document struct {
	path string // absolute file path
	src  string
	// inline components declared in the document, resolved on first use
	inlineDecls map[string]*parser.InlineComponent
	inlineBusy  map[string]bool // inline components being resolved (a cycle finds one)
	inlineTypes map[string]*Type
	res         *resolver // while the document is being resolved
	url         string    // file:// URL, the name in messages
	dir         string
	ast         *parser.Document
	imports     *importSet
	root        *decl
	makers      []goja.Callable // one per script role, see scriptRole
	// closureMakers make a binding's function for one object (a
	// binding's role made first as one function for every object; see
	// sharedBinding), compiled on first use; nil: it did not compile.
	closureMakers map[int]goja.Callable
	// bindingCode is where each binding's code starts in the document's
	// program: a binding's own function puts it at the same place, so
	// that positions in errors read the same source (sourceAt).
	bindingCode map[int][2]int
	roles       []*scriptRole
	// componentType is the type this file defines when used as a
	// component by another document (set on first use).
	componentType *Type
	singleton     bool
	loading       bool
	// typeNames caches what capitalised names mean to the document's
	// JavaScript (typeObject): nil for a name that is no type. Every free
	// name (Math, JSON, Qt) is looked up there before the globals, and a
	// miss reads the directory (qmldir, NAME.qml), as Qt's type loader
	// caches its directory listings.
	typeNames map[string]goja.Value
}

// decl is a resolved object declaration.
type decl struct {
	ast     *parser.Object
	doc     *document
	typ     *Type // type instantiated (a derived anonymous type when the declaration adds members)
	base    *Type // the declared type
	id      string
	actions []*action
	// group: the declaration is a grouped property (`font { }`), not an object.
	group *propDef
	// template: for a Component declaration, the object it creates on
	// demand (not instantiated with the document).
	template *decl
}

type actionKind uint8

const (
	actLiteral            actionKind = iota // property = constant
	actBinding                              // property: expression
	actObject                               // property: Object { }
	actList                                 // property: [ Object {}, ... ]
	actDefault                              // child object to the default property
	actHandler                              // onSignal: handler
	actAttached                             // Component.onCompleted / onDestruction
	actFunction                             // function f() {}
	actGroup                                // font { ... } or font.bold: ...
	actAlias                                // property alias a: target
	actConnectionsHandler                   // onX: inside Connections (deprecated form)
	actValueSource                          // Type on property { }: child told its target
)

type action struct {
	kind    actionKind
	pos     parser.Pos
	prop    *propDef
	role    int // index into document roles (scripts)
	literal any
	child   *decl
	list    []*decl
	sig     *signalDef
	name    string // function name, attached handler name, group prop name
	group   []*action
	alias   *aliasDecl
	handler *handlerInfo
	// rank is where Qt sets the action up among its object's (see
	// rankActions): lower first.
	rank int
}

// handlerInfo describes a QML signal handler for messages.
type handlerInfo struct {
	pos      parser.Pos
	url      string
	injected string // first undeclared injected parameter it uses, "" if none
	code     string // for handlers whose parameters are known late
}

// scriptRole is how a script is compiled.
type scriptRole struct {
	name   string // for stack traces: "expression for NAME"
	script *parser.Script
	fn     *parser.Function
	kind   roleKind
	params []string
}

// funcName is the name (with a leading space) a role's function is
// compiled with, shown as "expression for NAME" (displayFuncName); "" when
// its name is no identifier.
func (r *scriptRole) funcName() string {
	if r.name != "" && isIdentifier(r.name) {
		return " $qml_" + r.name
	}
	return ""
}

type roleKind uint8

const (
	roleBinding     roleKind = iota // function(){ return (expr) }
	roleHandler                     // function(params){ code }
	roleFunctionVal                 // (expr) evaluates to the handler function
	roleMethod                      // function name(params) body
	roleLegacy                      // function($p){ with($p) { code } }: parameters known only when connected
)

var functionExpr = regexp.MustCompile(`^\s*(async\s+)?function\b|^\s*(\([^()]*\)|[\p{L}_$][\p{L}\p{N}_$]*)\s*=>`)

// errSelfRecursive is a document that uses its own type.
var errSelfRecursive = errors.New("instantiated recursively")

// cycleMessage starts the error for files that use each other.
const cycleMessage = "Cyclic dependency detected between"

// compileDocument parses, resolves and compiles a document (cached).
func (e *Engine) compileDocument(path, src string) (*document, error) {
	if d := e.docs[path]; d != nil && d.src == src {
		if d.loading {
			// The document being compiled last names one that is still
			// loading: Qt names both files.
			from := e.compiling[len(e.compiling)-1]
			if from == d {
				return nil, errSelfRecursive
			}
			return nil, parser.Diagnostics{{Message: fmt.Sprintf("%s %q and %q", cycleMessage, d.url, from.url)}}
		}
		return d, nil
	}
	u := fileURL(path)
	if src == "" {
		// Qt's loader refuses an empty file before parsing it.
		return nil, parser.Diagnostics{{Pos: parser.Pos{Filename: u}, Message: "File is empty"}}
	}
	ast, err := parser.Parse(u, src)
	if err != nil {
		return nil, err
	}
	d := &document{path: path, url: u, dir: filepath.Dir(path), ast: ast, loading: true, src: src}
	e.docs[path] = d
	e.compiling = append(e.compiling, d)
	defer func() {
		d.loading = false
		e.compiling = e.compiling[:len(e.compiling)-1]
	}()
	for _, h := range ast.Headers {
		if h.Pragma != nil && h.Pragma.Name == "Singleton" {
			d.singleton = true
		}
	}
	r := &resolver{e: e, doc: d}
	d.res = r
	defer func() { d.res = nil }()
	d.inlineDecls = map[string]*parser.InlineComponent{}
	d.inlineTypes = map[string]*Type{}
	collectInline(ast.Root, d.inlineDecls)
	var lower []parser.Pos
	for name, ic := range d.inlineDecls {
		if !startsUpper(name) {
			lower = append(lower, ic.Pos)
		}
	}
	sort.Slice(lower, func(i, j int) bool { return lower[i].Line < lower[j].Line })
	for _, p := range lower {
		// Qt warns and goes on; the component is then not a usable type.
		e.print(fmt.Sprintf("%s:%d : Type name must be upper case", u, p.Line))
	}
	if r.buildErrs = irErrors(ast); len(r.buildErrs) > 0 && !e.checkAll {
		delete(e.docs, path)
		return nil, parser.Diagnostics(r.buildErrs)
	}
	if err := r.imports(); err != nil {
		delete(e.docs, path)
		var ds parser.Diagnostics
		if e.checkAll && errors.As(err, &ds) {
			// check reports the document's other errors too.
			all := append(append(parser.Diagnostics{}, r.buildErrs...), ds...)
			all.Sort()
			return nil, all
		}
		return nil, err
	}
	e.loadSingletons(d)
	d.root = r.object(ast.Root, nil)
	if r.inlineCycle != nil {
		delete(e.docs, path)
		return nil, parser.Diagnostics{r.inlineCycle}
	}
	r.checkAliases()
	if e.checkAll {
		r.checkRequired(d.root)
	}
	if len(r.errs)+len(r.declErrs)+len(r.buildErrs) > 0 {
		delete(e.docs, path)
		if e.checkAll {
			all := append(append(append(parser.Diagnostics{}, r.buildErrs...), r.declErrs...), r.errs...)
			all.Sort()
			for _, d := range all {
				all = append(all, r.related[d]...)
			}
			return nil, all
		}
		d := r.pick()
		related := r.related[d]
		if len(related) > 0 && strings.HasPrefix(related[0].Message, cycleMessage) {
			// A cycle is reported once, before the outermost error.
			return nil, parser.Diagnostics{related[0], d}
		}
		return nil, append(parser.Diagnostics{d}, related...)
	}
	if err := e.compileScripts(d); err != nil {
		delete(e.docs, path)
		return nil, err
	}
	e.warnEarlyUses(path, ast.EarlyUses)
	w := r.nullWarnings
	sort.Slice(w, func(i, j int) bool {
		return w[i].Pos.Line > w[j].Pos.Line || w[i].Pos.Line == w[j].Pos.Line && w[i].Pos.Column > w[j].Pos.Column
	})
	for _, x := range w {
		e.print(fmt.Sprintf("%s:%d:%d: %s", u, x.Pos.Line, x.Pos.Column, x.Message))
	}
	return d, nil
}

// warnEarlyUses prints Qt's compiler warning for each variable used before
// its declaration in a document or JavaScript file (named by where, as Qt
// names it: a document by its path, a .js file by its URL).
func (e *Engine) warnEarlyUses(where string, uses []parser.EarlyUse) {
	for _, u := range uses {
		e.print(fmt.Sprintf("qt.qml.compiler: %s:%d:%d Variable \"%s\" is used before its declaration at %d:%d.",
			where, u.Use.Line, u.Use.Column, u.Name, u.Decl.Line, u.Decl.Column))
	}
}

func fileURL(path string) string {
	if strings.HasPrefix(path, "qrc:") {
		return path // a document named beside one of Qt's resources
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// urlFile is the local path of a file: URL (the string itself otherwise).
func urlFile(u string) string {
	if p, err := url.Parse(u); err == nil && p.Scheme == "file" {
		return filepath.FromSlash(p.Path)
	}
	return u
}

// compileScripts builds one JavaScript program holding every script of the
// document at its own line, runs it once, and keeps the function makers.
func (e *Engine) compileScripts(d *document) error {
	var l parser.Layout
	for i, r := range d.roles {
		var prefix, suffix string
		head := "$qml[" + strconv.Itoa(i) + "]=function($s){with($s){return "
		fname := r.funcName()
		switch r.kind {
		case roleBinding:
			prefix, suffix = bindingWrapper("$qml["+strconv.Itoa(i)+"]=", fname, false, r.script.IsStatement())
		case roleHandler:
			prefix, suffix = head+"function"+fname+"("+strings.Join(r.params, ",")+"){", "}}};"
			if r.script.IsObjectLiteral() {
				prefix, suffix = prefix+"(", ")"+suffix // an expression statement
			}
		case roleFunctionVal:
			prefix, suffix = head+"(", ")}};"
		case roleLegacy:
			prefix, suffix = head+"function"+fname+"($p){with($p){", "}}}};"
		case roleMethod:
			star := ""
			if r.fn.Generator {
				star = "*"
			}
			prefix, suffix = head+"function"+star+" "+r.fn.Name+"("+r.fn.JSParams+")", "}};"
		}
		r.layOut(&l, prefix, suffix)
		if r.kind == roleBinding {
			if d.bindingCode == nil {
				d.bindingCode = map[int][2]int{}
			}
			line, col := l.LastCode()
			d.bindingCode[i] = [2]int{line, col}
		}
	}
	if l.Len() == 0 {
		return nil
	}
	arr := e.vm.NewArray()
	e.global.Set("$qml", arr)
	src := withCatchHooks(l.Source())
	e.noteSource(d.url, src)
	prog, err := goja.Compile(d.url, src, false)
	if err != nil {
		return parser.Diagnostics{parser.Errorf(parser.Pos{Filename: d.url, Line: 1, Column: 1}, "%v", err)}
	}
	if _, err := e.vm.RunProgram(prog); err != nil {
		return parser.Diagnostics{parser.Errorf(parser.Pos{Filename: d.url, Line: 1, Column: 1}, "%v", err)}
	}
	e.vm.GlobalObject().Delete("$qml")
	d.makers = make([]goja.Callable, len(d.roles))
	for i := range d.roles {
		f, ok := goja.AssertFunction(arr.Get(strconv.Itoa(i)))
		if !ok {
			return fmt.Errorf("runtime: script %d of %s did not compile to a function", i, d.url)
		}
		d.makers[i] = f
	}
	return nil
}

// bindingWrapper returns the JavaScript around a binding's expression (or
// statements): shared, one function for every object, called with the
// object's scope, or perObject, a maker of one object's function (in
// parentheses: a program of its own). The shared form is padded to be at
// least as long as the other, so that a binding's own function, compiled
// later, can put the code where the document's program has it.
func bindingWrapper(assign, fname string, perObject, statement bool) (prefix, suffix string) {
	ret := ""
	if !statement {
		ret = "return ("
	}
	own := "(function($s){with($s){return function" + fname + "(){" + ret
	if perObject {
		prefix, suffix = own, "}}})"
	} else {
		prefix, suffix = "function"+fname+"($s){with($s){"+ret, "}};"
		if pad := len(own) - len(prefix); pad > 0 {
			prefix = strings.Repeat(" ", pad) + prefix
		}
		prefix = assign + prefix
	}
	if !statement {
		suffix = ")" + suffix
	}
	return prefix, suffix
}

// layOut adds the role's script to a program between prefix and suffix.
func (r *scriptRole) layOut(l *parser.Layout, prefix, suffix string) {
	switch {
	case strings.TrimSpace(r.script.Code()) == "":
		// `x: ;` is an empty statement: a binding to undefined.
		l.Add(r.script, prefix+"undefined", suffix)
	case r.kind == roleBinding && r.script.IsStatement():
		l.AddCode(r.script, completionReturns(r.script.Code()), prefix, suffix)
	default:
		l.Add(r.script, prefix, suffix)
	}
}

// closureMaker returns the maker of one object's function for a binding's
// role, compiling it the first time. Its code starts at the line and column
// where the document's program has it, so that an error in it has the same
// position, and the source read there (sourceAt) is its own.
func (e *Engine) closureMaker(d *document, role int) (goja.Callable, bool) {
	if m, ok := d.closureMakers[role]; ok {
		return m, m != nil
	}
	if d.closureMakers == nil {
		d.closureMakers = map[int]goja.Callable{}
	}
	d.closureMakers[role] = nil // until it compiles
	r := d.roles[role]
	prefix, suffix := bindingWrapper("", r.funcName(), true, r.script.IsStatement())
	code := r.script.Code()
	switch {
	case strings.TrimSpace(code) == "":
		code = "undefined"
	case r.script.IsStatement():
		code = completionReturns(code)
	}
	at := d.bindingCode[role]
	var b strings.Builder
	b.WriteString(strings.Repeat("\n", max(0, at[0]-1)))
	b.WriteString(strings.Repeat(" ", max(0, at[1]-1-len(prefix))))
	// The suffix goes on a line of its own: the code may end in a comment.
	b.WriteString(prefix + code + "\n" + suffix)
	prog, err := goja.Compile(d.url, withCatchHooks(b.String()), false)
	if err != nil {
		return nil, false
	}
	v, err := e.vm.RunProgram(prog)
	if err != nil {
		return nil, false
	}
	m, ok := goja.AssertFunction(v)
	if ok {
		d.closureMakers[role] = m
	}
	return m, ok
}

// resolver turns a document's syntax tree into declarations with resolved
// types and properties, collecting load errors with Qt's messages.
type resolver struct {
	// inlineCycle is Qt's error for inline components based on each
	// other, reported alone.
	inlineCycle *parser.Diagnostic
	e           *Engine
	doc         *document
	errs        []*parser.Diagnostic
	declErrs    []*parser.Diagnostic // errors in declarations: reported first
	// buildErrs are the errors Qt's IR builder finds in a document
	// (irErrors): it reports all of them, in source order, and nothing else.
	buildErrs []*parser.Diagnostic
	ids       map[string]idDecl
	decls     []*decl                                   // every object declaration resolved, in order
	related   map[*parser.Diagnostic]parser.Diagnostics // inner errors reported after an error
	// nullWarnings: null constants given to value-type properties, which
	// Qt prints (last first) once the document has compiled.
	nullWarnings []*parser.Diagnostic
}

func (r *resolver) errorf(pos parser.Pos, format string, args ...any) {
	d := parser.Errorf(pos, format, args...)
	r.errs = append(r.errs, d)
	if strings.HasPrefix(d.Message, "Type ") && strings.HasSuffix(d.Message, " unavailable") && len(r.e.innerErrors) > 0 {
		if r.related == nil {
			r.related = map[*parser.Diagnostic]parser.Diagnostics{}
		}
		r.related[d] = r.e.innerErrors
		r.e.innerErrors = nil
	}
}

// noProperty reports an assignment to a property the type does not have,
// with the closest property name as a hint.
// memberPos is the position of a member's own name: for `font.nothing: 1`
// (a group's member) Qt points after "font.".
func memberPos(d *decl, pos parser.Pos) parser.Pos {
	if d.group != nil && d.ast != nil && len(d.ast.Members) == 0 && d.ast.Type == "" {
		pos.Column += len(d.group.name) + 1
		pos.Offset += len(d.group.name) + 1
	}
	return pos
}

func (r *resolver) noProperty(pos parser.Pos, t *Type, name string) {
	r.errorf(pos, "Cannot assign to non-existent property \"%s\"", name)
	names := make([]string, 0, len(t.propIndex))
	for n := range t.propIndex {
		names = append(names, n)
	}
	if signalForHandler(name) != "" {
		// a handler: its likely meaning is another signal's handler
		names = names[:0]
		for _, sig := range t.signals {
			names = append(names, handlerName(sig.name))
		}
	}
	sort.Strings(names)
	if s := parser.Suggest(name, names); s != "" {
		r.errs[len(r.errs)-1].Hint = fmt.Sprintf("did you mean %q?", s)
	}
}

// dirComponents lists the .qml files of a directory as type names, read
// once per engine (`qmlrun check` of thousands of files in one directory
// asks for every unknown type name).
func (e *Engine) dirComponents(dir string) []string {
	if names, ok := e.dirNames[dir]; ok {
		return names
	}
	var names []string
	if files, err := filepath.Glob(filepath.Join(dir, "*.qml")); err == nil {
		for _, f := range files {
			if n := strings.TrimSuffix(filepath.Base(f), ".qml"); startsUpper(n) {
				names = append(names, n)
			}
		}
	}
	if e.dirNames == nil {
		e.dirNames = map[string][]string{}
	}
	e.dirNames[dir] = names
	return names
}

// typeHint suggests a visible type name close to an unknown one.
func (r *resolver) typeHint(name string) string {
	var names []string
	add := func(src *typeSource, prefix string) {
		if src.mod != nil {
			for n := range src.mod.types {
				if startsUpper(n) {
					names = append(names, prefix+n)
				}
			}
		}
		if src.qmldir != nil {
			for n := range src.qmldir.types {
				names = append(names, prefix+n)
			}
		} else if src.mod == nil && src.dir != "" {
			for _, n := range r.e.dirComponents(src.dir) {
				names = append(names, prefix+n)
			}
		}
	}
	for _, src := range r.doc.imports.sources {
		add(src, "")
	}
	for q, qi := range r.doc.imports.qualified {
		for _, src := range qi.sources {
			add(src, q+".")
		}
	}
	names = append(names, r.e.dirComponents(r.doc.dir)...)
	for n := range r.doc.inlineDecls {
		names = append(names, n)
	}
	sort.Strings(names)
	if s := parser.Suggest(name, names); s != "" && s != name {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return ""
}

// valueTypeNames are the property types that are not object types.
var valueTypeNames = []string{"alias", "bool", "color", "date", "double", "int", "point", "real", "rect", "size", "string", "url", "var"}

// propertyTypeHint suggests a type close to an unknown property type: a
// value type for a lower-case name (strin, boolean), else an object type.
func (r *resolver) propertyTypeHint(name string) string {
	if name == "" || startsUpper(name) || strings.Contains(name, ".") {
		return r.typeHint(name)
	}
	s := parser.Suggest(name, valueTypeNames)
	if s == "" {
		s = otherLanguageTypes[name]
	}
	if s != "" && s != name {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return ""
}

// otherLanguageTypes are type names of JavaScript, TypeScript and C++ that
// people write for QML's.
var otherLanguageTypes = map[string]string{"boolean": "bool", "integer": "int", "float": "real", "number": "real", "object": "var", "any": "var"}

// pick chooses the error to report: Qt stops at the first error in the
// declarations, and otherwise (checking bindings last to first) reports the
// last binding error; for default-property children, the first.
func (r *resolver) pick() *parser.Diagnostic {
	if len(r.declErrs) > 0 {
		return r.declErrs[0]
	}
	for _, first := range []string{" is not a type", "default property", "no inline component"} {
		for _, d := range r.errs {
			if strings.Contains(d.Message, first) {
				return d
			}
		}
	}
	return r.errs[len(r.errs)-1]
}

func (r *resolver) addRole(role *scriptRole) int {
	r.doc.roles = append(r.doc.roles, role)
	return len(r.doc.roles) - 1
}

// object resolves an object declaration.
func (r *resolver) object(o *parser.Object, outer *decl) *decl {
	d := &decl{ast: o, doc: r.doc}
	r.decls = append(r.decls, d)
	base, err := r.e.resolveType(r.doc, o.Type)
	if err != "" && strings.Contains(o.Type, ".") {
		if q, _, _ := strings.Cut(o.Type, "."); r.doc.imports.qualified[q] == nil {
			if ct, _ := r.e.resolveType(r.doc, q); ct != nil {
				err = "Type " + q + " has no inline component type called " + o.Type[len(q)+1:]
			}
		}
	}
	if err != "" {
		missing := len(r.e.innerErrors) == 1 && r.e.innerErrors[0].Message == "No such file or directory"
		r.errorf(o.Pos, "%s", err)
		if strings.HasSuffix(err, " is not a type") || missing {
			r.errs[len(r.errs)-1].Hint = r.typeHint(o.Type)
		}
		return d
	}
	if base.uncreatable != "" {
		r.errorf(o.Pos, "%s", base.uncreatable)
		return d
	}
	if base.singleton {
		r.errorf(o.Pos, "Composite Singleton Type %s is not creatable.", base.name)
		return d
	}
	d.base = base
	d.typ = r.declareMembers(o, base)
	r.members(d)
	return d
}

// checkOverrides reports signals and functions that would replace a
// signal of the base type or a change signal of the object's own
// properties, and signals declared twice, as Qt's type builder does.
func (r *resolver) checkOverrides(o *parser.Object, base *Type) {
	changes := map[string]bool{}
	for _, m := range o.Members {
		if p, ok := m.(*parser.Property); ok {
			changes[p.Name+"Changed"] = true
		}
	}
	const override = ": invalid override of property change signal or superclass signal"
	signals, methods := map[string]bool{}, map[string]bool{}
	for _, m := range o.Members {
		if sig, ok := m.(*parser.Signal); ok {
			methods[sig.Name] = true // a function may not take a signal's name
		}
	}
	for _, m := range o.Members {
		switch m := m.(type) {
		case *parser.Signal:
			pos := parser.NamePos(r.doc.ast.Source, m.Pos, m.Name)
			switch {
			case signals[m.Name]:
				// irErrors reports it.
			case base.signal(m.Name) != nil || changes[m.Name]:
				r.declErrs = append(r.declErrs, parser.Errorf(pos, "Duplicate signal name"+override))
			}
			signals[m.Name] = true
		case *parser.Function:
			pos := parser.NamePos(r.doc.ast.Source, m.Pos, m.Name)
			switch {
			case startsUpper(m.Name):
				r.declErrs = append(r.declErrs, parser.Errorf(pos, "Method names cannot begin with an upper case letter"))
			case methods[m.Name]:
				r.declErrs = append(r.declErrs, parser.Errorf(pos, "Duplicate method name"))
			case base.signal(m.Name) != nil || changes[m.Name]:
				r.declErrs = append(r.declErrs, parser.Errorf(pos, "Duplicate method name"+override))
			}
			methods[m.Name] = true
		}
	}
}

// declareMembers makes the anonymous type an object declaration defines
// when it declares properties, signals, functions or enums.
func (r *resolver) declareMembers(o *parser.Object, base *Type) *Type {
	adds := false
	for _, m := range o.Members {
		switch m.(type) {
		case *parser.Property, *parser.Signal, *parser.Function, *parser.Enum:
			adds = true
		}
	}
	if !adds {
		return base
	}
	t := derive(base, base.name)
	t.anonymous = true
	t.component = base.component
	t.qmlIndex = -1
	r.checkOverrides(o, base)
	for _, m := range o.Members {
		switch m := m.(type) {
		case *parser.Property:
			if t.propIndex[m.Name] != nil && t.propIndex[m.Name].owner == t {
				continue // a duplicate: irErrors reports it
			}
			typeName := m.Type.String()
			k, elem, builtin := parseKind(typeName)
			if (k == kColor || vecKinds[k] != "") && !r.e.guiLoaded {
				// color and the vector types are QtGui's: a document
				// importing only QtQml lacks them.
				r.errorf(m.Pos, "%s is not a type", typeName)
				continue
			}
			p := &propDef{name: m.Name, typeName: typeName, kind: k, elemName: elem, readOnly: m.Has("readonly"), required: m.Has("required"), decl: m}
			if !builtin || k == kList {
				et, msg := r.e.resolveType(r.doc, elem)
				if msg != "" && strings.Contains(elem, ".") {
					if q, _, _ := strings.Cut(elem, "."); r.doc.imports.qualified[q] == nil {
						if ct, _ := r.e.resolveType(r.doc, q); ct != nil {
							msg = "Type " + q + " has no inline component type called " + elem[len(q)+1:]
						}
					}
				}
				if msg != "" {
					r.errorf(m.Pos, "%s", msg)
					if strings.HasSuffix(msg, " is not a type") {
						r.errs[len(r.errs)-1].Hint = r.propertyTypeHint(elem)
					}
					continue
				}
				p.elem = et
			}
			if k == kAlias {
				p.alias = &aliasDecl{prop: m}
			}
			t.addProp(p)
			if m.Has("default") {
				t.defaultProp = m.Name
			}
		case *parser.Signal:
			params := make([]ParamSpec, len(m.Params))
			for i, p := range m.Params {
				params[i] = ParamSpec{Name: p.Name, Type: p.Type.String()}
				if !r.signalParamType(params[i].Type) {
					r.errorf(parser.NamePos(r.doc.ast.Source, m.Pos, m.Name), "Invalid signal parameter type: %s", params[i].Type)
					break
				}
			}
			t.addSignal(m.Name, params)
		case *parser.Function:
			if cs := r.e.connectionsType(); base.inherits(cs) {
				if s := signalForHandler(m.Name); s != "" && cs.signal(s) != nil {
					r.declErrs = append(r.declErrs, parser.Errorf(parser.NamePos(r.doc.ast.Source, m.Pos, m.Name),
						"Duplicate method name: invalid override of property change signal or superclass signal"))
				}
			}
			t.methods[m.Name] = &methodDef{name: m.Name, decl: m}
		case *parser.Enum:
			if !startsUpper(m.Name) {
				continue // irErrors reports it
			}
			if t.enums == nil {
				t.enums = map[string]int{}
			}
			if t.scopedEnums == nil {
				t.scopedEnums = map[string]map[string]int{}
			}
			if t.scopedEnums[m.Name] != nil {
				continue // irErrors reports it
			}
			scoped := map[string]int{}
			t.scopedEnums[m.Name] = scoped
			next := 0
			for _, v := range m.Values {
				if v.Value != "" {
					next = int(enumNumber(v.Value))
				}
				t.enums[v.Name] = next
				scoped[v.Name] = next
				next++
			}
		}
	}
	return t
}

// signalParamType reports whether Qt takes a type for a signal
// parameter: a value type (color only with QtGui) or an object type the
// document can name, not an enumeration or alias.
func (r *resolver) signalParamType(name string) bool {
	k, _, builtin := parseKind(name)
	switch {
	case k == kAlias:
		return false
	case k == kColor:
		return r.e.guiLoaded
	case guiValueTypes[name]:
		return r.e.guiLoaded
	case builtin:
		return true
	}
	t, msg := r.e.resolveType(r.doc, name)
	return t != nil && msg == ""
}

// guiValueTypes are the value types QtGui adds besides color.
var guiValueTypes = map[string]bool{"font": true, "vector2d": true, "vector3d": true, "vector4d": true, "matrix4x4": true, "quaternion": true}

// members resolves the members of a declaration into actions.
func (r *resolver) members(d *decl) {
	t := d.typ
	isComponent := t != nil && t.inherits(r.e.componentType())
	for _, m := range d.ast.Members {
		if isComponent {
			switch m := m.(type) {
			case *parser.Binding:
				if m.Name != "id" {
					r.errorf(m.Pos, "Component elements may not contain properties other than id")
					continue
				}
			case *parser.Property:
				r.errorf(m.Pos, "Component elements may not contain properties other than id")
				continue
			case *parser.Function:
				r.errorf(d.ast.Pos, "Component objects cannot declare new functions.")
				continue
			case *parser.Signal:
				r.errorf(d.ast.Pos, "Component objects cannot declare new signals.")
				continue
			}
		}

		switch m := m.(type) {
		case *parser.Binding:
			r.binding(d, m.Pos, m.Name, m.Value)
		case *parser.Property:
			p := t.prop(m.Name)
			if p == nil {
				continue
			}
			if p.kind == kAlias {
				if m.Value == nil || m.Value.Script == nil {
					r.errorf(m.Pos, "Invalid alias reference. An alias reference must be specified as <id>, <id>.<property> or <id>.<value property>.<property>")
					continue
				}
				p.alias.target = strings.TrimSpace(m.Value.Script.Code())
				p.alias.pos = m.Value.Script.Pos
				d.actions = append(d.actions, &action{kind: actAlias, pos: m.Pos, prop: p, alias: p.alias})
				continue
			}
			if m.Value != nil {
				r.value(d, m.Pos, p, m.Value)
			}
		case *parser.Function:
			role := r.addRole(&scriptRole{script: m.Body, fn: m, kind: roleMethod, name: m.Name})
			d.actions = append(d.actions, &action{kind: actFunction, pos: m.Pos, name: m.Name, role: role})
		case *parser.ObjectMember:
			o := m.Object
			if o.On != "" {
				// A value source (`NumberAnimation on x {}`) is created as
				// a child and told its target property by its type's
				// ValueSource hook; types without one have no effect.
				child := r.object(o, d)
				if first, _, _ := strings.Cut(o.On, "."); t != nil && t.prop(first) == nil {
					// Qt points at the property name, after "Type on ".
					pos := o.Pos
					pos.Column += len(o.Type) + len(" on ")
					r.noProperty(pos, t, first)
					continue
				}
				d.actions = append(d.actions, &action{kind: actValueSource, pos: o.Pos, name: o.On, child: child})
				continue
			}
			if isLowerName(o.Type) {
				r.groupObject(d, o)
				continue
			}
			child := r.object(o, d)
			if isComponent {
				if d.template != nil {
					r.errorf(d.ast.Pos, "Invalid component body specification")
				}
				d.template = child
				continue
			}
			dp := t.defaultProperty()
			if dp == nil || (dp.owner == t && t.anonymous && !r.inheritsDefault(d)) {
				r.errorf(o.Pos, "Cannot assign to non-existent default property")
				continue
			}
			if child.typ != nil {
				child = r.implicitComponent(dp, child)
			}
			d.actions = append(d.actions, &action{kind: actDefault, pos: o.Pos, prop: dp, child: child})
		case *parser.InlineComponent:
			r.e.inlineType(r.doc, m.Name)
		case *parser.RequiredName:
			p := t.prop(m.Name)
			if p == nil {
				r.errorf(m.Pos, "Property %s was marked as required but does not exist", m.Name)
				continue
			}
			d.actions = append(d.actions, &action{kind: actLiteral, pos: m.Pos, prop: p, name: "required"})
		}
	}
	if isComponent && d.template == nil && d.group == nil {
		r.errorf(d.ast.Pos, "Cannot create empty component specification")
	}
	rankDecl(d)
}

// rankDecl ranks a declaration's actions, and those of its grouped
// properties: the `font.bold: x` and `font { }` of one property are one
// group in Qt, whose members are ranked together.
func rankDecl(d *decl) {
	rankActions(d.actions)
	groups := map[*propDef][]*action{}
	var order []*propDef
	for _, a := range d.actions {
		if a.kind != actGroup || a.child == nil {
			continue
		}
		if groups[a.prop] == nil {
			order = append(order, a.prop)
		}
		groups[a.prop] = append(groups[a.prop], a.child.actions...)
	}
	for _, p := range order {
		rankActions(groups[p])
	}
}

// rankActions sets the rank of each action of one object to Qt's order of
// setting them up. Qt's compiler keeps an object's bindings last declared
// first, except that the children of the default property follow them in
// declaration order (and a list's elements stay in theirs); it then writes
// the plain values first, then signal handlers, attached properties,
// grouped properties and values of aliases. The order decides which
// binding Qt evaluates first (the last set up) and which instance of a
// type with required properties Qt checks.
func rankActions(actions []*action) {
	type key struct{ cat, at int }
	keys := make([]key, len(actions))
	firstGroup := map[*propDef]int{}
	for i, a := range actions {
		k := key{1, -i}
		switch {
		case a.kind == actHandler || a.kind == actConnectionsHandler:
			k.cat = 3
		case a.kind == actAttached:
			k.cat = 4
		case a.kind == actGroup:
			if j, ok := firstGroup[a.prop]; ok {
				k.at = -j
			} else {
				firstGroup[a.prop] = i
			}
			k.cat = 5
		case a.kind == actDefault:
			k = key{2, i}
		case a.prop != nil && a.prop.kind == kAlias && (a.kind == actLiteral || a.kind == actBinding || a.kind == actObject):
			k.cat = 6
		}
		keys[i] = k
	}
	idx := make([]int, len(actions))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		if c := cmp.Compare(keys[x].cat, keys[y].cat); c != 0 {
			return c
		}
		return cmp.Compare(keys[x].at, keys[y].at)
	})
	for r, i := range idx {
		actions[i].rank = r
	}
	// The occurrences of one grouped property are one group.
	groupRank := map[*propDef]int{}
	for _, i := range idx {
		if a := actions[i]; a.kind == actGroup {
			if r, ok := groupRank[a.prop]; ok {
				a.rank = r
			} else {
				groupRank[a.prop] = a.rank
			}
		}
	}
}

// inheritsDefault reports whether the default property of d's type comes
// from its base: a default property declared in the same object does not
// receive that object's own children (Qt).
func (r *resolver) inheritsDefault(d *decl) bool {
	return d.base.defaultProperty() != nil
}

func isLowerName(name string) bool {
	if name == "" {
		return false
	}
	last := name[strings.LastIndexByte(name, '.')+1:]
	return last[0] >= 'a' && last[0] <= 'z'
}

// idDecl is where an id was declared, and the object that has it.
type idDecl struct {
	pos parser.Pos
	obj *parser.Object
}

// posBefore reports whether a comes before b in a file.
func posBefore(a, b parser.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
}

// binding resolves `name: value` in an object body.
func (r *resolver) binding(d *decl, pos parser.Pos, name string, v *parser.Value) {
	t := d.typ
	if name == "id" && t.inherits(r.e.listElementType()) {
		r.errorf(pos, "ListElement: cannot use reserved \"id\" property")
		return
	}
	if name == "id" {
		if v.Script == nil {
			r.errorf(pos, "Invalid id")
			return
		}
		id := idText(v.Script)
		if msg := idError(id); msg != "" {
			r.errorf(v.Pos, "%s", msg) // irErrors reports it first
			return
		}
		if first, dup := r.ids[id]; dup {
			// Qt reports the occurrence its compiler meets second: it
			// visits an object before the objects inside it, and an
			// object's inner objects last declared first.
			at := first.pos
			if o := first.obj; o != nil && posBefore(o.Pos, pos) && posBefore(pos, o.EndPos) {
				at = pos
			}
			r.declErrs = append(r.declErrs, parser.Errorf(at, "id is not unique"))
		} else {
			if r.ids == nil {
				r.ids = map[string]idDecl{}
			}
			r.ids[id] = idDecl{pos, d.ast}
		}
		d.id = id
		return
	}
	if head, rest, dotted := strings.Cut(name, "."); dotted {
		// Attached property (Component.onCompleted) or grouped property
		// (font.bold).
		if head == "Component" {
			if r.doc.imports.unqualifiedQtQml() {
				r.attached(d, pos, rest, v)
			} else {
				r.errorf(pos, "Non-existent attached object")
			}
			return
		}
		if qual, ok := r.doc.imports.qualified[head]; ok && qual != nil {
			if h2, rest2, ok2 := strings.Cut(rest, "."); ok2 && h2 == "Component" {
				r.attached(d, pos, rest2, v)
				return
			}
		}
		p := t.prop(head)
		if p == nil && !startsUpper(head) && v.Script != nil && t.inherits(r.e.bindingType()) {
			// Binding { id.property: value }: the target named by id,
			// resolved when the Binding is complete.
			r.value(d, pos, &propDef{name: name, typeName: "var", kind: kVar, custom: true}, v)
			return
		}
		if p == nil {
			if startsUpper(head) {
				r.errorf(pos, "Non-existent attached object")
			} else {
				r.noProperty(pos, t, head)
			}
			return
		}
		r.groupBinding(d, pos, p, rest, v)
		return
	}
	if sig := signalForHandler(name); sig != "" && t.inherits(r.e.connectionsType()) {
		// Inside Connections every onX: names a signal of the target
		// (the deprecated form), even one Connections itself has.
		d.actions = append(d.actions, &action{kind: actConnectionsHandler, pos: pos, name: name})
		r.connectionsHandler(d, pos, name, v)
		return
	}
	if sig := signalForHandler(name); sig != "" {
		// A value type group (font) has no signals to handle.
		if s := t.signal(sig); s != nil && !(t.spec != nil && t.spec.ValueType) {
			r.handler(d, pos, s, v)
			return
		}
		if t.prop(name) == nil {
			if t.inherits(r.e.connectionsType()) {
				d.actions = append(d.actions, &action{kind: actConnectionsHandler, pos: pos, name: name})
				r.connectionsHandler(d, pos, name, v)
				return
			}
			r.noProperty(memberPos(d, pos), t, name)
			return
		}
	}
	p := t.prop(name)
	if p == nil && t.inherits(r.e.listElementType()) {
		if !r.listElementValue(pos, v) {
			return
		}
		if v.Object != nil {
			// One ListElement is a nested list of one.
			v = &parser.Value{Pos: v.Pos, List: []*parser.Object{v.Object}, EndPos: v.EndPos}
		}
	}
	if p == nil && t.acceptsAnyProperty() && (v.Script != nil || v.List != nil) {
		// A list of objects is kept too: a ListElement's role holding
		// a list of ListElements (a nested ListModel).
		p = &propDef{name: name, typeName: "var", kind: kVar, custom: true}
	}
	if p == nil {
		r.noProperty(memberPos(d, pos), t, name)
		return
	}
	r.value(d, pos, p, v)
}

// acceptsAnyProperty reports whether the type (or a base) has AnyProperty.
func (t *Type) acceptsAnyProperty() bool {
	for x := t; x != nil; x = x.base {
		if x.anyProperty {
			return true
		}
	}
	return false
}

func isIdentifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// implicitComponent wraps an object declaration assigned to a Component
// property (an Instantiator's delegate: QtObject { }) in a Component that
// creates it on demand, as Qt does.
func (r *resolver) implicitComponent(p *propDef, child *decl) *decl {
	ct := r.e.componentType()
	if p.kind != kObject || p.elem != ct || child.typ.inherits(ct) {
		return child
	}
	return &decl{ast: child.ast, doc: child.doc, typ: ct, base: ct, template: child}
}

// value resolves the value assigned to a property.
func (r *resolver) value(d *decl, pos parser.Pos, p *propDef, v *parser.Value) {
	switch {
	case v.Object != nil:
		if isLowerName(v.Object.Type) {
			r.errorf(v.Object.Pos, "%s is not a type", v.Object.Type)
			return
		}
		child := r.object(v.Object, d)
		if child.typ == nil {
			return
		}
		child = r.implicitComponent(p, child)
		switch p.kind {
		case kObject:
			if p.elem != nil && !child.typ.inherits(p.elem) {
				// The property's type is named by its C++ class
				// (QQmlTimer*, Item_QMLTYPE_0*).
				target := p.elem.name
				if p.elem.className != "" {
					target = p.elem.className + "*"
				}
				r.errorf(v.Object.Pos, "Cannot assign object of type \"%s\" to property of type \"%s\" as the former is neither the same as the latter nor a sub-class of it.", child.typ.name, target)
				return
			}
		case kVar, kList:
		default:
			r.objectToValue(pos, p, v.Object)
			return
		}
		kind := actObject
		if p.kind == kList {
			d.actions = append(d.actions, &action{kind: actList, pos: pos, prop: p, list: []*decl{child}})
			return
		}
		d.actions = append(d.actions, &action{kind: kind, pos: pos, prop: p, child: child})
	case v.List != nil:
		if p.kind != kList && !p.custom {
			r.errorf(v.List[0].Pos, "Cannot assign multiple values to a singular property")
			return
		}
		var kids []*decl
		for _, o := range v.List {
			kids = append(kids, r.object(o, d))
		}
		d.actions = append(d.actions, &action{kind: actList, pos: pos, prop: p, list: kids})
	case v.Script != nil:
		if p.readOnly && p.decl == nil {
			r.errorf(pos, "Invalid property assignment: \"%s\" is a read-only property", p.name)
			return
		}
		if !v.Script.IsBlock() && strings.TrimSpace(v.Script.Code()) == "null" && r.nullLiteral(d, p, v.Script.Pos) {
			return
		}
		if lit, ok := literalValue(v.Script); ok {
			if s, isStr := lit.(string); isStr && (p.kind == kPoint || p.kind == kSize || p.kind == kRect) {
				if f, ok := parseGeometry(p.kind, s); ok {
					d.actions = append(d.actions, &action{kind: actLiteral, pos: v.Script.Pos, prop: p, literal: f})
					return
				}
			}
			msg := literalError(p, lit)
			if check, ok := strings.CutPrefix(msg, "?"); ok {
				// A value type takes the constants it can convert.
				msg = ""
				if _, err := r.e.coerce(p, r.e.vm.ToValue(lit)); err != nil {
					msg = check
				}
			}
			if msg != "" {
				r.errorf(v.Script.Pos, "%s", msg)
				return
			}
			d.actions = append(d.actions, &action{kind: actLiteral, pos: v.Script.Pos, prop: p, literal: lit})
			return
		}
		role := r.addRole(&scriptRole{script: v.Script, kind: roleBinding, name: p.name})
		d.actions = append(d.actions, &action{kind: actBinding, pos: pos, prop: p, role: role})
	}
}

// objectToValue reports an object declaration given to a property that
// holds a value, in the words of Qt's property validator: a number or
// bool names its C++ type, a QtGui value type expects an object (both at
// the property's name), and a string, url or date is of an unknown type
// (at the object).
func (r *resolver) objectToValue(pos parser.Pos, p *propDef, o *parser.Object) {
	if decl, ok := p.decl.(*parser.Property); ok && decl.Pos == pos {
		pos = parser.NamePos(r.doc.ast.Source, decl.Type.Pos, decl.Name) // `property T name: ...`
	}
	switch cpp := cppTypeName(p); p.kind {
	case kInt, kReal, kBool:
		r.errorf(pos, "Cannot assign value of type \"%s\" to property \"%s\", expecting \"%s\"", o.Type, p.name, cpp)
	case kString, kURL, kDate:
		r.errorf(o.Pos, "Cannot assign to property of unknown type \"%s\".", cpp)
	default:
		r.errorf(pos, "Cannot assign value of type \"%s\" to property \"%s\", expecting an object", o.Type, p.name)
	}
}

// handlerObjectError reports an object or a list given to a signal
// handler: Qt names the object's class, which has no default method.
func (r *resolver) handlerObjectError(pos parser.Pos, v *parser.Value) {
	if v.Object != nil {
		if t, msg := r.e.resolveType(r.doc, v.Object.Type); t != nil && msg == "" {
			r.errorf(v.Object.Pos, "Cannot assign object type %s with no default method", t.className)
			return
		}
	}
	r.errorf(pos, "Incorrectly specified signal assignment")
}

// handler resolves `onSignal: ...`.
func (r *resolver) handler(d *decl, pos parser.Pos, s *signalDef, v *parser.Value) {
	if v.Script == nil {
		r.handlerObjectError(pos, v)
		return
	}
	if _, lit := literalValue(v.Script); lit {
		r.errorf(pos, "Cannot assign a value to a signal (expecting a script to be run)")
		return
	}
	if r.tooNew(d, pos, s) {
		return
	}
	info := &handlerInfo{pos: pos, url: r.doc.url}
	role := r.handlerRole(v.Script, s.params, info)
	r.doc.roles[role].name = s.handler
	d.actions = append(d.actions, &action{kind: actHandler, pos: pos, sig: s, role: role, handler: info})
}

// tooNew reports, as Qt does, a handler of a signal newer than the version
// of its module the document imports.
func (r *resolver) tooNew(d *decl, pos parser.Pos, s *signalDef) bool {
	if s.since == [2]int{} || d.base == nil {
		return false
	}
	v, ok := r.doc.imports.importedVersion(s.module)
	if !ok || v[0] > s.since[0] || v[0] == s.since[0] && v[1] >= s.since[1] {
		return false
	}
	r.errorf(pos, "\"%s.%s\" is not available in %s %d.%d.", d.base.name, s.handler, s.module, v[0], v[1])
	return true
}

func (r *resolver) handlerRole(sc *parser.Script, params []ParamSpec, info *handlerInfo) int {
	if !sc.IsBlock() && functionExpr.MatchString(sc.Code()) {
		return r.addRole(&scriptRole{script: sc, kind: roleFunctionVal})
	}
	names := make([]string, len(params))
	for i, p := range params {
		names[i] = p.Name
		if info != nil && info.injected == "" && usesIdentifier(sc.Code(), p.Name) {
			info.injected = p.Name
		}
	}
	return r.addRole(&scriptRole{script: sc, kind: roleHandler, params: names})
}

// usesIdentifier reports whether code refers to name as a variable (not as
// a member after '.'); used for Qt's injected-parameter warning.
func usesIdentifier(code, name string) bool {
	for i := 0; ; {
		j := strings.Index(code[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		before := byte(' ')
		if j > 0 {
			before = code[j-1]
		}
		after := byte(' ')
		if end < len(code) {
			after = code[end]
		}
		if !isIdentByte(before) && before != '.' && !isIdentByte(after) && !(after == ':' && before != '?') {
			return true
		}
		i = end
	}
}

// startsUpper tells whether a name starts with an upper case letter, as
// type names, attached objects, enums and enumerators must and ids must not.
func startsUpper(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// attached resolves Component.onCompleted / Component.onDestruction.
func (r *resolver) attached(d *decl, pos parser.Pos, name string, v *parser.Value) {
	if name != "onCompleted" && name != "onDestruction" {
		// Qt points at the name after the attached type's.
		r.errorf(parser.NamePos(r.doc.ast.Source, pos, name), "Cannot assign to non-existent property \"%s\"", name)
		return
	}
	if v.Script == nil {
		r.handlerObjectError(pos, v)
		return
	}
	info := &handlerInfo{pos: pos, url: r.doc.url}
	role := r.handlerRole(v.Script, nil, info)
	r.doc.roles[role].name = name
	d.actions = append(d.actions, &action{kind: actAttached, pos: pos, name: name, role: role, handler: info})
}

// groupedAccessError is Qt's error for `p.x: ...` or `p { }` when p holds
// no object or value type.
func groupedAccessError(p *propDef) string {
	switch cpp := cppTypeName(p); p.kind {
	case kInt, kReal, kBool:
		return fmt.Sprintf("Invalid grouped property access: Property \"%s\" with primitive type \"%s\".", p.name, cpp)
	default:
		return fmt.Sprintf("Invalid grouped property access: Property \"%s\" with type \"%s\", which is not a value type", p.name, cpp)
	}
}

// cppTypeName is the C++ type of a property as Qt's messages name it.
func cppTypeName(p *propDef) string {
	switch p.kind {
	case kInt:
		return "int"
	case kReal:
		return "double"
	case kBool:
		return "bool"
	case kString:
		return "QString"
	case kURL:
		return "QUrl"
	case kDate:
		return "QDateTime"
	case kList:
		if p.elem != nil {
			return "QQmlListProperty<" + p.elem.className + ">"
		}
	}
	return "QVariant"
}

// groupObject resolves `font { bold: true }`.
func (r *resolver) groupObject(d *decl, o *parser.Object) {
	if rest, ok := strings.CutPrefix(o.Type, "Component."); ok {
		// `Component.onCompleted { }`: a handler needs a ':'.
		r.errorf(parser.NamePos(r.doc.ast.Source, o.Pos, rest), "Incorrectly specified signal assignment")
		return
	}
	p := d.typ.prop(o.Type)
	if p == nil {
		r.noProperty(o.Pos, d.typ, o.Type)
		return
	}
	g := &decl{ast: o, doc: r.doc, group: p}
	if p.elem == nil || p.kind == kList {
		r.errorf(o.Pos, "%s", groupedAccessError(p))
		return
	}
	g.typ, g.base = p.elem, p.elem
	r.members(g)
	d.actions = append(d.actions, &action{kind: actGroup, pos: o.Pos, prop: p, child: g})
}

// groupBinding resolves `font.bold: true`.
func (r *resolver) groupBinding(d *decl, pos parser.Pos, p *propDef, rest string, v *parser.Value) {
	if p.elem == nil || p.kind == kList {
		r.errorf(pos, "%s", groupedAccessError(p))
		return
	}
	g := &decl{ast: &parser.Object{Pos: pos}, doc: r.doc, group: p, typ: p.elem, base: p.elem}
	r.binding(g, pos, rest, v)
	d.actions = append(d.actions, &action{kind: actGroup, pos: pos, prop: p, child: g})
}

// connectionsHandler resolves the deprecated `onX:` form inside Connections.
func (r *resolver) connectionsHandler(d *decl, pos parser.Pos, name string, v *parser.Value) {
	if v.Script == nil {
		r.errorf(pos, "Connections: nested objects not allowed")
		return
	}
	if _, ok := literalValue(v.Script); ok {
		r.errorf(pos, "Connections: script expected")
		return
	}
	act := d.actions[len(d.actions)-1]
	act.role = r.addRole(&scriptRole{script: v.Script, kind: roleLegacy, name: name})
	act.handler = &handlerInfo{pos: pos, url: r.doc.url, code: v.Script.Code()}
}

// collectInline finds the inline component declarations of a document.
func collectInline(o *parser.Object, into map[string]*parser.InlineComponent) {
	for _, m := range o.Members {
		switch m := m.(type) {
		case *parser.InlineComponent:
			into[m.Name] = m
			collectInline(m.Object, into)
		case *parser.ObjectMember:
			collectInline(m.Object, into)
		}
	}
}

// inlineType resolves an inline component of document d to its type.
func (e *Engine) inlineType(d *document, name string) *Type {
	if t := d.inlineTypes[name]; t != nil {
		return t
	}
	ic := d.inlineDecls[name]
	if ic == nil || d.res == nil {
		return nil
	}
	if d.inlineBusy[name] {
		// Qt names the document, with no position.
		if d.res.inlineCycle == nil {
			d.res.inlineCycle = parser.Errorf(parser.Pos{Filename: d.url}, "Inline components form a cycle!")
		}
		return nil
	}
	if d.inlineBusy == nil {
		d.inlineBusy = map[string]bool{}
	}
	d.inlineBusy[name] = true
	defer delete(d.inlineBusy, name)
	root := d.res.object(ic.Object, nil)
	if root.typ == nil {
		return nil
	}
	t := derive(root.typ, name)
	t.component = &component{doc: d, root: root, inline: true}
	t.className = name // Qt prints inline component instances by name
	d.inlineTypes[name] = t
	return t
}

// numberDocument numbers the types a compiled document adds, as Qt does
// when it finishes compiling one (after the files it uses): each inline
// component takes a number from the counter the NAME_QMLTYPE_N and
// QObject_QML_N names share, then the document's anonymous types do.
func (e *Engine) numberDocument(d *document, includeRoot bool) {
	e.qmlTypeN += len(d.inlineDecls)
	e.numberTypes(d.root, includeRoot)
}

// numberTypes gives the anonymous types of a document their QObject_QML_N
// names in Qt's order: an object before the objects bound in it, these in
// the order of Qt's binding list (childOrder).
func (e *Engine) numberTypes(root *decl, includeRoot bool) {
	var order []*Type
	seen := map[*Type]bool{}
	var walk func(x *decl)
	walk = func(x *decl) {
		if x == nil {
			return
		}
		if x.typ != nil && x.typ.anonymous && !seen[x.typ] {
			seen[x.typ] = true
			if x != root || includeRoot {
				order = append(order, x.typ)
			}
		}
		walk(x.template) // a Component's object is numbered where it is declared
		for _, c := range childOrder(x) {
			walk(c)
		}
	}
	walk(root)
	for _, t := range order {
		if t.qmlIndex >= 0 {
			continue
		}
		t.qmlIndex = e.qmlTypeN
		// Qt names the type after its base class: QQmlTimer_QML_N for
		// a Timer with members, QObject_QML_N for a QtObject,
		// Item_QMLTYPE_0_QML_N for an Item.qml, Inner_QML_N for an
		// inline component.
		prefix := "QObject"
		if b := t.base; b != nil && (b.spec != nil || b.component != nil) && !b.anonymous && b.className != "" {
			prefix = b.className
		}
		t.className = prefix + "_QML_" + itoa(e.qmlTypeN)
		e.qmlTypeN++
	}
}

// childOrder lists the objects bound in a declaration in the order of Qt's
// binding list, which its property caches (and so the type numbers) follow:
// a binding to a named property is prepended as it is read, so those come
// last first (the items of one list keep their order), and objects for
// the default property are inserted by position, after them, in
// declaration order.
func childOrder(x *decl) []*decl {
	var named [][]*decl
	var defaults []*decl
	for _, a := range x.actions {
		switch {
		case a.kind == actDefault:
			defaults = append(defaults, a.child)
		case a.child != nil:
			named = append(named, []*decl{a.child})
		case len(a.list) > 0:
			named = append(named, a.list)
		}
	}
	var out []*decl
	for i := len(named) - 1; i >= 0; i-- {
		out = append(out, named[i]...)
	}
	return append(out, defaults...)
}

// literalValue recognises constant bindings: numbers, strings, booleans.
func literalValue(sc *parser.Script) (any, bool) {
	if sc.IsBlock() {
		return nil, false
	}
	code := strings.TrimSpace(sc.Code())
	switch code {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	if code == "" {
		return nil, false
	}
	if c := code[0]; c == '"' || c == '\'' {
		end := matchingQuote(code)
		if end == len(code)-1 {
			return parser.Unquote(code), true
		}
		return nil, false
	}
	neg := false
	num := code
	if num[0] == '-' || num[0] == '+' {
		neg = num[0] == '-'
		num = strings.TrimSpace(num[1:])
	}
	if num == "" || !(num[0] >= '0' && num[0] <= '9' || num[0] == '.') {
		return nil, false
	}
	f, ok := parseJSNumber(num)
	if !ok {
		return nil, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func matchingQuote(s string) int {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return -1
}

func parseJSNumber(s string) (float64, bool) {
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			n, err := strconv.ParseUint(s[2:], base, 64)
			return float64(n), err == nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// nullNames are the types Qt names when it warns of a null constant
// assigned to a property that cannot hold null.
var nullNames = map[kind]string{kInt: "int", kReal: "number", kBool: "boolean", kString: "string", kURL: "url",
	kDate: "datetime", kPoint: "point", kSize: "size", kRect: "rect", kColor: "color"}

// nullLiteral handles `p: null`, which Qt treats as a constant (not a
// binding): objects and var properties get null; a list refuses it; other
// value types warn (once, when the document is compiled) and keep their
// default, except text, which becomes "null". It reports whether it did.
func (r *resolver) nullLiteral(d *decl, p *propDef, pos parser.Pos) bool {
	if p.custom {
		return false
	}
	switch p.kind {
	case kVar, kObject:
		d.actions = append(d.actions, &action{kind: actLiteral, pos: pos, prop: p, literal: nil})
		return true
	case kList:
		r.errorf(pos, "Cannot assign primitives to lists")
		return true
	}
	name, ok := nullNames[p.kind]
	if !ok {
		return false
	}
	r.nullWarnings = append(r.nullWarnings, parser.Errorf(pos, "Invalid property assignment: %s expected - Assigning null to incompatible properties in QML is deprecated. This will become a compile error in future versions of Qt.", name))
	if p.kind == kString || p.kind == kURL {
		d.actions = append(d.actions, &action{kind: actLiteral, pos: pos, prop: p, literal: "null"})
	}
	return true
}

// literalCheck marks the message of a value type whose constants are
// checked by converting them (literalError's caller does).
func literalCheck(msg string) string { return "?Invalid property assignment: " + msg }

// valueTypeExpected is what Qt says a constant the value type cannot
// take is not (Qt 6.4 says point for a rect too).
var valueTypeExpected = map[kind]string{
	kColor: "color expected", kDate: "datetime expected", kPoint: "point expected", kRect: "point expected",
	kSize: "size expected", kVector2D: "2D vector expected", kVector3D: "3D vector expected",
	kVector4D: "4D vector expected", kQuaternion: "quaternion expected", kMatrix4x4: "unsupported type \"QMatrix4x4\"",
}

// literalError returns Qt's load error for a constant of the wrong type.
func literalError(p *propDef, lit any) string {
	if msg, ok := valueTypeExpected[p.kind]; ok {
		return literalCheck(msg)
	}
	switch p.kind {
	case kInt:
		if f, ok := lit.(float64); ok && f == float64(int64(f)) && f >= math.MinInt32 && f <= math.MaxInt32 {
			return ""
		}
		return "Invalid property assignment: int expected"
	case kReal:
		if _, ok := lit.(float64); ok {
			return ""
		}
		return "Invalid property assignment: number expected"
	case kBool:
		if _, ok := lit.(bool); ok {
			return ""
		}
		return "Invalid property assignment: boolean expected"
	case kString:
		if _, ok := lit.(string); ok {
			return ""
		}
		return "Invalid property assignment: string expected"
	case kURL:
		if _, ok := lit.(string); ok {
			return ""
		}
		return "Invalid property assignment: url expected"
	case kList, kStringList:
		return "Cannot assign primitives to lists"
	case kObject:
		cls := "QObject*"
		if p.elem != nil && p.elem.spec != nil {
			cls = p.elem.className + "*"
		}
		return "Invalid property assignment: unsupported type \"" + cls + "\""
	}
	return ""
}

// component is a type defined by a .qml file.
type component struct {
	doc  *document
	root *decl // the declaration instances are made from: the file's root, or an inline component's object
	// inline is set for an inline component (component Name: Base {...}):
	// in Qt 6.4 its type name gives no enumerations, not even inherited ones.
	inline bool
}
