package runtime

import (
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/dop251/goja"
	gojaast "github.com/dop251/goja/ast"
	gojaparser "github.com/dop251/goja/parser"
	"github.com/qmlrun/qmlrun/parser"
)

// jsResource is a JavaScript file imported by documents (`import "util.js"
// as Util`, or a qmldir JS entry).
type jsResource struct {
	path    string
	url     string
	library bool // `.pragma library`: one instance shared by every importer
	factory goja.Callable
	imports []jsImport // `.import "other.js" as Other`
	// includes: the file calls Qt.include, which puts the included
	// file's names in its scope
	includes bool
	names    []string // its top-level names, which its exports have
	shared   goja.Value
	// per importing component instance (non-library resources)
	instances map[*qmlContext]goja.Value
}

type jsImport struct {
	qualifier string
	res       *jsResource
	// module is set instead of res for `.import QtQml 2.15 as Q`: a
	// document holding only that qualified import.
	module *document
}

var directive = regexp.MustCompile(`^\s*\.(pragma|import)\b(.*)$`)

// loadScript compiles a JavaScript resource once per engine.
func (e *Engine) loadScript(path string) (*jsResource, error) {
	if js := e.scripts[path]; js != nil {
		return js, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	js := &jsResource{path: path, url: fileURL(path), instances: map[*qmlContext]goja.Value{}}
	if e.scripts == nil {
		e.scripts = map[string]*jsResource{}
	}
	e.scripts[path] = js
	ok := false
	defer func() {
		if !ok {
			delete(e.scripts, path) // a script that failed to load is not kept
		}
	}()
	// QML's directives are removed (lines kept, for positions).
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		m := directive.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		lines[i] = strings.Repeat(" ", len(l))
		arg := strings.TrimSpace(m[2])
		if m[1] == "pragma" && arg == "library" {
			js.library = true
			continue
		}
		if m[1] == "import" {
			f := strings.Fields(arg)
			if len(f) >= 3 && f[len(f)-2] == "as" && strings.HasPrefix(f[0], "\"") {
				other := strings.Trim(f[0], "\"")
				p := other
				if !strings.HasPrefix(p, "/") {
					p = js.path[:strings.LastIndexByte(js.path, '/')+1] + other
				}
				sub, err := e.loadScript(p)
				if err != nil {
					return nil, err
				}
				js.imports = append(js.imports, jsImport{qualifier: f[len(f)-1], res: sub})
			} else if len(f) >= 3 && f[len(f)-2] == "as" {
				version := ""
				if len(f) == 4 {
					version = f[1]
				}
				src, extra, msg := e.moduleSource(f[0], version)
				if src == nil {
					return nil, parser.Diagnostics{parser.Errorf(parser.Pos{Filename: js.url, Line: i + 1, Column: 1}, "%s", msg)}
				}
				q := f[len(f)-1]
				d := &document{path: path, url: js.url, dir: filepath.Dir(path), imports: &importSet{
					qualified: map[string]*qualifiedImport{q: {sources: append(extra, src)}},
				}}
				js.imports = append(js.imports, jsImport{qualifier: q, module: d})
			}
		}
	}
	code := strings.Join(lines, "\n")
	if strings.Contains(code, qtInclude) {
		// Qt.include(...) calls the file's own include function (of the
		// same length, so positions stay).
		js.includes = true
		code = strings.ReplaceAll(code, qtInclude, "$qtinclude(")
	}
	prog, err := e.parseScript(js.url, code)
	if err != nil {
		return nil, err
	}
	// The file runs inside a function; its top-level names are exposed
	// through accessors on the object the importer sees.
	var names []string
	for _, st := range prog.Body {
		switch st := st.(type) {
		case *gojaast.FunctionDeclaration:
			names = append(names, string(st.Function.Name.Name))
		case *gojaast.VariableStatement:
			for _, b := range st.List {
				if id, ok := b.Target.(*gojaast.Identifier); ok {
					names = append(names, string(id.Name))
				}
			}
		case *gojaast.LexicalDeclaration:
			for _, b := range st.List {
				if id, ok := b.Target.(*gojaast.Identifier); ok {
					names = append(names, string(id.Name))
				}
			}
		}
	}
	if js.includes {
		// The names of the files it includes by a literal name are its
		// own too.
		for _, m := range includeCall.FindAllStringSubmatch(code, -1) {
			names = appendNew(names, e.includedNames(js.resolve(m[2]))...)
		}
	}
	js.names = names
	params := []string{"$s"}
	for _, im := range js.imports {
		params = append(params, im.qualifier)
	}
	if js.includes {
		params = append(params, "$inc", "$qtinclude")
	}
	var exp strings.Builder
	exp.WriteString("\nreturn {")
	for i, n := range names {
		if i > 0 {
			exp.WriteString(",")
		}
		exp.WriteString("get " + n + "(){return " + n + "},set " + n + "(v){" + n + "=v}")
	}
	exp.WriteString("}")
	head := "(function " + entryName + "(" + strings.Join(params, ",") + "){"
	if !js.library {
		head += "with($s){"
	}
	tail := exp.String() + "})"
	if !js.library {
		tail = exp.String() + "}})"
	}
	if js.includes {
		head += "with($inc){"
		tail = exp.String() + "}" + tail[len(exp.String()):]
	}
	src := withCatchHooks(head + code + tail)
	e.noteSource(js.url, src)
	p, err := goja.Compile(js.url, src, false)
	if err != nil {
		return nil, parser.Diagnostics{parser.Errorf(parser.Pos{Filename: js.url, Line: 1, Column: 1}, "%v", err)}
	}
	v, err := e.vm.RunProgram(p)
	if err != nil {
		return nil, err
	}
	js.factory, _ = goja.AssertFunction(v)
	ok = true
	return js, nil
}

// scriptExports returns the object a component instance (context ctx)
// sees for a script: shared for a library; otherwise one per instance, with
// the instance's names in scope.
func (e *Engine) scriptExports(js *jsResource, ctx *qmlContext) goja.Value {
	if js.library && js.shared != nil {
		return js.shared
	}
	if v := js.instances[ctx]; v != nil && !js.library {
		return v
	}
	var scope goja.Value = e.vm.NewObject()
	if !js.library && ctx != nil && ctx.root != nil {
		scope = e.scope(ctx.root, ctx)
	}
	args := []goja.Value{scope}
	for _, im := range js.imports {
		if im.module != nil {
			args = append(args, e.namespaceObject(im.module, im.qualifier))
			continue
		}
		args = append(args, e.scriptExports(im.res, ctx))
	}
	if js.factory == nil {
		return goja.Undefined() // still loading: an .import cycle
	}
	v, err := e.runScript(js, scope, args)
	if err != nil {
		e.reportException(err)
		v = goja.Undefined()
	}
	if js.library {
		js.shared = v
	} else {
		js.instances[ctx] = v
	}
	return v
}

const qtInclude = "Qt.include("

var includeCall = regexp.MustCompile(`\$qtinclude\(\s*(["'])([^"'\\]+)["']`)

// resolve returns the path of a file named relative to the script.
func (js *jsResource) resolve(name string) string {
	if u, err := url.Parse(name); err == nil && u.Scheme == "file" {
		return filepath.FromSlash(u.Path)
	}
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(js.path), name)
}

// includedNames returns the top-level names of a file Qt.include would
// run, nil when it cannot be read.
func (e *Engine) includedNames(path string) []string {
	js, err := e.loadScript(path)
	if err != nil {
		return nil
	}
	return js.names
}

func appendNew(list []string, more ...string) []string {
	for _, m := range more {
		if !slices.Contains(list, m) {
			list = append(list, m)
		}
	}
	return list
}

// runScript runs a script's code with the arguments of its imports
// (scope first), returning its exports; a script that calls Qt.include
// also gets the object its included names go to and its include function.
func (e *Engine) runScript(js *jsResource, scope goja.Value, args []goja.Value) (goja.Value, error) {
	if js.includes {
		inc := e.vm.NewObject()
		args = append(args, inc, e.nativeFunc(func(c goja.FunctionCall) goja.Value {
			e.checkQtArity("include", c)
			return e.include(js, scope, inc, c)
		}))
	}
	return e.callJS(js.factory, goja.Undefined(), args...)
}

// include is Qt.include(url, callback) called by script js: it runs the
// file in the script's scope, puts its names in the script's (inc), and
// returns, and gives the callback, the status object.
func (e *Engine) include(js *jsResource, scope goja.Value, inc *goja.Object, c goja.FunctionCall) goja.Value {
	res := e.vm.NewObject()
	for i, k := range []string{"OK", "LOADING", "NETWORK_ERROR", "EXCEPTION"} {
		_ = res.Set(k, i)
	}
	path := js.resolve(c.Argument(0).String())
	sub, err := e.loadScript(path)
	switch {
	case err != nil && errors.Is(err, fs.ErrNotExist):
		_ = res.Set("status", 2)
		_ = res.Set("statusText", "Error opening source file "+fileURL(path)+": No such file or directory")
	case err != nil:
		_ = res.Set("status", 3)
		_ = res.Set("exception", e.vm.ToValue(err.Error()))
	default:
		args := []goja.Value{scope}
		for _, im := range sub.imports {
			if im.module != nil {
				args = append(args, e.namespaceObject(im.module, im.qualifier))
			} else {
				args = append(args, e.scriptExports(im.res, nil))
			}
		}
		exports, err := e.runScript(sub, scope, args)
		var ex *goja.Exception
		switch {
		case err == nil:
			_ = res.Set("status", 0)
			if obj, ok := exports.(*goja.Object); ok {
				for _, name := range sub.names {
					get := e.nativeFunc(func(goja.FunctionCall) goja.Value { return obj.Get(name) })
					set := e.nativeFunc(func(c goja.FunctionCall) goja.Value { _ = obj.Set(name, c.Argument(0)); return goja.Undefined() })
					_ = inc.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
				}
			}
		case errors.As(err, &ex):
			_ = res.Set("status", 3)
			_ = res.Set("exception", ex.Value())
		default:
			panic(err) // interrupted
		}
	}
	if cb, ok := goja.AssertFunction(c.Argument(1)); ok {
		if _, err := e.callJS(cb, goja.Undefined(), res); err != nil {
			e.reportException(err)
		}
	}
	return res
}

// singletonInstance returns the one instance of a singleton type.
func (e *Engine) singletonInstance(t *Type) goja.Value {
	if o := e.singletons[t]; o != nil {
		return e.wrap(o)
	}
	comp := componentOf(t)
	if comp == nil {
		return goja.Undefined()
	}
	if !comp.doc.singleton {
		e.print(comp.doc.url + ": qmldir defines type as singleton, but no pragma Singleton found in type " + t.name + ".")
		panic(e.newError("Due to the preceding error(s), Singleton \"%s\" could not be loaded.", t.name))
	}
	if e.singletons == nil {
		e.singletons = map[*Type]*Object{}
	}
	if e.singletonBusy[t] {
		// Named while it is being created (its own bindings reading
		// Config.Mid): its type's enumerations, not a second instance.
		return e.typeValue(t)
	}
	if e.singletonBusy == nil {
		e.singletonBusy = map[*Type]bool{}
	}
	e.singletonBusy[t] = true
	o, err := e.instantiate(comp.doc, nil)
	delete(e.singletonBusy, t)
	if err != nil {
		e.print(err.Error())
		return goja.Undefined()
	}
	if e.dropInterrupted(o) {
		return goja.Undefined() // made again when next named
	}
	e.singletons[t] = o
	return e.wrap(o)
}

// parseScript parses the code of a JavaScript file as Qt's compiler reads
// it: a syntax error, or syntax later than Qt 6.4's, is a diagnostic at its
// position in Qt's words, and names used before their declarations are
// warned of.
func (e *Engine) parseScript(url, code string) (*gojaast.Program, error) {
	prog, err := parser.ParseJS(url, code)
	if err != nil {
		list, _ := err.(gojaparser.ErrorList)
		if len(list) == 0 {
			return nil, err
		}
		line, col, msg := list[0].Position.Line, list[0].Position.Column, parser.JSMessage(list[0].Message)
		if l, c, m, ok := parser.ScriptError(code); ok && (l < line || l == line && c <= col) {
			// The scanner words the error as Qt's parser does.
			line, col, msg = l, c, m
		}
		return nil, parser.Diagnostics{parser.Errorf(parser.Pos{Filename: url, Line: line, Column: col}, "%s", msg)}
	}
	if line, col, msg, found := parser.LaterSyntax(prog, code); found {
		return nil, parser.Diagnostics{parser.Errorf(parser.Pos{Filename: url, Line: line, Column: col}, "%s", msg)}
	}
	e.warnEarlyUses(url, parser.EarlyUsesOf(prog))
	return prog, nil
}
