package runtime

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/qmlrun/qmlrun/parser"
)

// importSet is what a document imported: sources of type names (Go modules
// and directories of .qml files, with or without a qmldir), unqualified or
// under a qualifier, and JavaScript resources.
type importSet struct {
	sources   []*typeSource
	qualified map[string]*qualifiedImport
	scripts   map[string]*jsResource // qualifier → script
}

type qualifiedImport struct {
	sources []*typeSource
	scripts map[string]*jsResource // qmldir JavaScript entries: Q.Name
}

// typeSource provides type names to a document.
type typeSource struct {
	mod *moduleTypes // a Go module
	// or a directory of QML files
	dir     string
	qmldir  *qmldir
	version [2]int // requested version, {-1,-1} for none
	byPath  bool   // imported by path (import "dir"), not as a module
}

// qmldir is a parsed qmldir file.
type qmldir struct {
	types map[string][]qmldirEntry
	js    map[string]string // qualifier → file
}

type qmldirEntry struct {
	file      string
	major     int
	minor     int
	singleton bool
	internal  bool
}

// qmldirOf returns a directory's qmldir (nil if it has none), read once
// per engine as Qt's type loader reads it: a document compiled again and
// again (the text of each Qt.createQmlObject call) read it every time.
func (e *Engine) qmldirOf(dir string) *qmldir {
	if q, ok := e.qmldirs[dir]; ok {
		return q
	}
	q := readQmldir(dir)
	if e.qmldirs == nil {
		e.qmldirs = map[string]*qmldir{}
	}
	e.qmldirs[dir] = q
	return q
}

func readQmldir(dir string) *qmldir {
	b, err := os.ReadFile(filepath.Join(dir, "qmldir"))
	if err != nil {
		return nil
	}
	q := &qmldir{types: map[string][]qmldirEntry{}, js: map[string]string{}}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var e qmldirEntry
		switch f[0] {
		case "module", "plugin", "classname", "typeinfo", "depends", "import", "optional", "designersupported", "prefer", "linktarget":
			continue
		case "singleton":
			e.singleton = true
			f = f[1:]
		case "internal":
			e.internal = true
			f = f[1:]
		}
		if len(f) < 2 {
			continue
		}
		name := f[0]
		if len(f) >= 3 {
			e.major, e.minor = parseVersion(f[1])
			e.file = f[2]
		} else {
			e.file = f[1]
			e.major = -1
		}
		if strings.HasSuffix(e.file, ".js") {
			q.js[name] = e.file
			continue
		}
		q.types[name] = append(q.types[name], e)
	}
	return q
}

// imports resolves the document's import statements.
func (r *resolver) imports() error {
	is := &importSet{qualified: map[string]*qualifiedImport{}, scripts: map[string]*jsResource{}}
	r.doc.imports = is
	for _, h := range r.doc.ast.Headers {
		im := h.Import
		if im == nil {
			continue
		}
		var src *typeSource
		switch {
		case strings.HasSuffix(im.Path, ".js"):
			path := im.Path
			if !filepath.IsAbs(path) {
				path = filepath.Join(r.doc.dir, path)
			}
			js, err := r.e.loadScript(path)
			if err != nil {
				outer := parser.Errorf(im.Pos, "Script %s unavailable", fileURL(path))
				if ds, ok := err.(parser.Diagnostics); ok {
					return append(parser.Diagnostics{outer}, ds...)
				}
				if os.IsNotExist(err) {
					return parser.Diagnostics{outer, {Pos: parser.Pos{Filename: fileURL(path)}, Message: "No such file or directory"}}
				}
				return parser.Diagnostics{outer, {Pos: parser.Pos{Filename: fileURL(path)}, Message: err.Error()}}
			}
			is.scripts[im.As] = js
			continue
		case im.Path != "":
			dir := im.Path
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(r.doc.dir, dir)
			}
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return parser.Diagnostics{parser.Errorf(im.Pos, "\"%s\": no such directory", im.Path)}
			}
			src = &typeSource{dir: dir, qmldir: r.e.qmldirOf(dir), version: [2]int{-1, -1}, byPath: true}
			if im.Version != "" {
				maj, min := importVersion(im.Version)
				src.version = [2]int{maj, min}
			}
			// A directory's qmldir may list JavaScript files as well
			// (`Helpers 1.0 helpers.js`): they are named like types,
			// bare or under the import's qualifier (L.Helpers).
			if src.qmldir != nil && len(src.qmldir.js) > 0 {
				scripts := is.scripts
				if im.As != "" {
					scripts = is.qualifiedScripts(im.As)
				}
				for q, file := range src.qmldir.js {
					js, err := r.e.loadScript(filepath.Join(dir, file))
					if err != nil {
						return err
					}
					if _, taken := scripts[q]; !taken {
						scripts[q] = js
					}
				}
			}
		default:
			var extra []*typeSource
			var msg string
			src, extra, msg = r.e.moduleSource(im.Module, im.Version)
			if src == nil {
				d := parser.Errorf(im.Pos, "%s", msg)
				d.Hint = r.e.searched(im.Module)
				return parser.Diagnostics{d}
			}
			for _, x := range extra {
				is.add(im.As, x)
			}
			if src.qmldir == nil {
				break
			}
			dir, qd := src.dir, src.qmldir
			for q, file := range qd.js {
				js, err := r.e.loadScript(filepath.Join(dir, file))
				if err != nil {
					return err
				}
				if _, taken := is.scripts[q]; !taken {
					is.scripts[q] = js
				}
			}
		}
		is.add(im.As, src)
	}
	return nil
}

// qualifiedScripts returns the scripts named under a qualifier, making the
// qualified import if there is none yet.
func (is *importSet) qualifiedScripts(qualifier string) map[string]*jsResource {
	q := is.qualified[qualifier]
	if q == nil {
		q = &qualifiedImport{}
		is.qualified[qualifier] = q
	}
	if q.scripts == nil {
		q.scripts = map[string]*jsResource{}
	}
	return q.scripts
}

// add makes a source's types visible, under a qualifier if there is one.
func (is *importSet) add(qualifier string, src *typeSource) {
	if qualifier == "" {
		is.sources = append(is.sources, src)
		return
	}
	q := is.qualified[qualifier]
	if q == nil {
		q = &qualifiedImport{}
		is.qualified[qualifier] = q
	}
	q.sources = append(q.sources, src)
}

// importedVersion returns the version of a Go module a document imports
// (ok false when it imports it without one, or not at all).
func (is *importSet) importedVersion(module string) (v [2]int, ok bool) {
	check := func(sources []*typeSource) {
		for _, s := range sources {
			if s.mod != nil && s.mod.mod.Name == module && s.version[0] >= 0 {
				v, ok = s.version, true
			}
		}
	}
	check(is.sources)
	for _, q := range is.qualified {
		check(q.sources)
	}
	return v, ok
}

// moduleSource resolves a module import (`import QtQml 2.15`): a Go
// module, with the modules it re-exports, or a qmldir module found on the
// import path. It returns the message Qt gives when there is none.
func (e *Engine) moduleSource(module, version string) (src *typeSource, extra []*typeSource, msg string) {
	if mt := e.reg.modules[module]; mt != nil {
		if version != "" && mt.mod.Accepts != nil {
			maj, min := parseVersion(version)
			if !mt.mod.Accepts(maj, min) {
				return nil, nil, fmt.Sprintf("module \"%s\" version %s is not installed", module, version)
			}
		}
		e.reg.ensure(mt)
		// Re-exports are transitive: QtQuick brings QtQml, which brings
		// QtQml.Models.
		seen := map[string]bool{module: true}
		var reexport func(names []string)
		reexport = func(names []string) {
			for _, name := range names {
				if rm := e.reg.modules[name]; rm != nil && !seen[name] {
					seen[name] = true
					e.reg.ensure(rm)
					extra = append(extra, &typeSource{mod: rm})
					reexport(rm.mod.Reexports)
				}
			}
		}
		reexport(mt.mod.Reexports)
		if mt.mod.Gui {
			e.installGui()
		}
		src := &typeSource{mod: mt, version: [2]int{-1, -1}}
		if version != "" {
			maj, min := parseVersion(version)
			src.version = [2]int{maj, min}
		}
		return src, extra, ""
	}
	dir, qd := e.findModule(module)
	if qd == nil {
		return nil, nil, fmt.Sprintf("module \"%s\" is not installed", module)
	}
	src = &typeSource{dir: dir, qmldir: qd, version: [2]int{-1, -1}}
	if version != "" {
		maj, min := importVersion(version)
		src.version = [2]int{maj, min}
		if !qd.hasVersion(maj, min) {
			if min == anyMinor {
				version = strconv.Itoa(maj) + ".x" // as Qt words it
			}
			return nil, nil, fmt.Sprintf("module \"%s\" version %s is not installed", module, version)
		}
	}
	return src, nil, ""
}

// anyMinor is the minor version of an import that gives only the major
// one (`import My.Module 1`): the newest types of that major version.
const anyMinor = math.MaxInt32

// importVersion reads the version of a QML file's import of a qmldir
// module or directory.
func importVersion(v string) (int, int) {
	if !strings.Contains(v, ".") {
		maj, _ := strconv.Atoi(v)
		return maj, anyMinor
	}
	return parseVersion(v)
}

// hasVersion reports whether the module is installed in version
// major.minor: an entry has the major version and a minor version up to
// minor, and minor is not above the newest entry's.
func (q *qmldir) hasVersion(major, minor int) bool {
	found, newest := false, -1
	for _, es := range q.types {
		for _, e := range es {
			if e.major < 0 {
				return true
			}
			if e.major == major {
				found = found || e.minor <= minor
				newest = max(newest, e.minor)
			}
		}
	}
	if len(q.types) == 0 {
		return true
	}
	// Qt knows the module in the versions from its oldest entry up to its
	// newest: 1.3 is not installed when the newest entry is 1.2.
	return found && (minor == anyMinor || minor <= newest)
}

// findModule looks a dotted module name up in the import paths.
func (e *Engine) findModule(name string) (string, *qmldir) {
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, p := range e.opts.ImportPaths {
		dir := filepath.Join(p, rel)
		if q := e.qmldirOf(dir); q != nil {
			abs, _ := filepath.Abs(dir)
			return abs, q
		}
	}
	return "", nil
}

// searched tells where a module import was looked for: the import paths
// (with the module's directory under each) and the built-in modules.
func (e *Engine) searched(name string) string {
	rel := filepath.Join(strings.Split(name, ".")...)
	var dirs []string
	for _, p := range e.opts.ImportPaths {
		abs, _ := filepath.Abs(filepath.Join(p, rel))
		dirs = append(dirs, abs+string(filepath.Separator)+"qmldir")
	}
	var mods []string
	for m := range e.reg.modules {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	h := "built-in modules: " + strings.Join(mods, ", ")
	if s := parser.Suggest(name, mods); s != "" && s != name {
		h = fmt.Sprintf("did you mean %q? ", s) + h
	}
	if len(dirs) == 0 {
		return h + "; no import path given (-I DIR)"
	}
	return h + "; looked for " + strings.Join(dirs, ", ")
}

func parseVersion(v string) (int, int) {
	maj, min, _ := strings.Cut(v, ".")
	a, _ := strconv.Atoi(maj)
	b, _ := strconv.Atoi(min)
	return a, b
}

func (is *importSet) unqualifiedQtQml() bool {
	for _, s := range is.sources {
		if s.mod != nil && (s.mod.mod.Name == "QtQml" || s.mod.mod.Name == "QtQuick") {
			return true
		}
	}
	return false
}

// lookup finds a type in one source as seen from document d.
func (e *Engine) sourceType(s *typeSource, d *document, name string) (*Type, string) {
	if s.mod != nil {
		t := s.mod.types[name]
		if t != nil && t.spec != nil && t.spec.QMLFile && !t.numbered {
			// Qt compiles the type's file when a document first uses it,
			// taking a number from the counter its QML_N names share.
			t.numbered = true
			t.className = name + "_QMLTYPE_" + itoa(e.qmlTypeN)
			e.qmlTypeN++
		}
		return t, ""
	}
	if s.qmldir == nil {
		return e.componentFromFile(filepath.Join(s.dir, name+".qml"), name)
	}
	entries := s.qmldir.types[name]
	if len(entries) == 0 {
		return nil, ""
	}
	// The newest entry the requested version allows.
	sort.SliceStable(entries, func(i, j int) bool {
		return entries[i].major < entries[j].major || entries[i].major == entries[j].major && entries[i].minor < entries[j].minor
	})
	var pick *qmldirEntry
	for i := range entries {
		en := &entries[i]
		if s.version[0] < 0 || en.major < 0 || en.major == s.version[0] && en.minor <= s.version[1] {
			pick = en
		}
	}
	if pick == nil {
		return nil, ""
	}
	if pick.internal && filepath.Dir(d.path) != s.dir {
		return nil, ""
	}
	path := filepath.Join(s.dir, pick.file)
	if _, err := os.Stat(path); err != nil {
		// A qmldir entry whose file is missing: the type exists but
		// cannot be loaded.
		e.innerErrors = parser.Diagnostics{{Pos: parser.Pos{Filename: fileURL(path)}, Message: "No such file or directory"}}
		return nil, "Type " + name + " unavailable"
	}
	t, msg := e.componentFile(path, name, pick.singleton)
	if t != nil && pick.singleton {
		t.singleton = true
	}
	return t, msg
}

// loadSingletons compiles the composite singletons of the modules and
// directories a document imports, used or not, as Qt does before it
// finishes compiling the document: they take their NAME_QMLTYPE_N numbers
// then. Their errors are reported where a singleton is used.
func (e *Engine) loadSingletons(d *document) {
	if e.checkAll {
		return
	}
	sources := append([]*typeSource{}, d.imports.sources...)
	quals := make([]string, 0, len(d.imports.qualified))
	for q := range d.imports.qualified {
		quals = append(quals, q)
	}
	sort.Strings(quals)
	for _, q := range quals {
		sources = append(sources, d.imports.qualified[q].sources...)
	}
	if local := e.qmldirOf(d.dir); local != nil {
		sources = append(sources, &typeSource{dir: d.dir, qmldir: local, version: [2]int{-1, -1}})
	}
	saved := e.innerErrors
	for _, s := range sources {
		if s.qmldir == nil {
			continue
		}
		var names []string
		for name, entries := range s.qmldir.types {
			for _, en := range entries {
				if cd := e.docs[filepath.Join(s.dir, en.file)]; en.singleton && (cd == nil || !cd.loading) {
					// (one being compiled imports its own module)
					names = append(names, name)
					break
				}
			}
		}
		sort.Strings(names)
		for _, name := range names {
			e.sourceType(s, d, name)
		}
	}
	e.innerErrors = saved
}

// resolveType finds a type by its (possibly qualified) name as seen from a
// document. It returns Qt's message when the name is not a type.
func (e *Engine) resolveType(d *document, name string) (*Type, string) {
	is := d.imports
	if q, rest, ok := strings.Cut(name, "."); ok {
		if qi := is.qualified[q]; qi != nil {
			for i := len(qi.sources) - 1; i >= 0; i-- {
				if t, msg := e.sourceType(qi.sources[i], d, rest); t != nil || msg != "" {
					return t, msg
				}
			}
		}
		// File.Inline: an inline component of another document.
		if ft, _ := e.resolveType(d, q); ft != nil && ft.component != nil {
			if t := ft.component.doc.inlineTypes[rest]; t != nil {
				return t, ""
			}
		}
		if qi := is.qualified[q]; qi != nil && startsUpper(rest) && !strings.Contains(rest, ".") {
			// A directory imported with a qualifier and no qmldir: Qt
			// looks for the file, and says it is missing.
			for i := len(qi.sources) - 1; i >= 0; i-- {
				if s := qi.sources[i]; s.mod == nil && s.qmldir == nil && s.dir != "" {
					e.innerErrors = parser.Diagnostics{{Pos: parser.Pos{Filename: fileURL(filepath.Join(s.dir, rest+".qml"))}, Message: "No such file or directory"}}
					return nil, "Type " + name + " unavailable"
				}
			}
		}
		return nil, name + " is not a type"
	}
	if t := e.inlineType(d, name); t != nil {
		return t, ""
	}
	for i := len(is.sources) - 1; i >= 0; i-- {
		if t, msg := e.sourceType(is.sources[i], d, name); t != nil || msg != "" {
			return t, msg
		}
	}
	// The document's own directory is imported implicitly, qmldir
	// included when it has one.
	local := &typeSource{dir: d.dir, qmldir: e.qmldirOf(d.dir), version: [2]int{-1, -1}}
	if local.qmldir != nil {
		if t, msg := e.sourceType(local, d, name); t != nil || msg != "" {
			return t, msg
		}
	}
	if t, msg := e.componentFromFile(filepath.Join(d.dir, name+".qml"), name); t != nil || msg != "" {
		return t, msg
	}
	return nil, name + " is not a type"
}

// componentFromFile resolves a type to a .qml file.
func (e *Engine) componentFromFile(path, name string) (*Type, string) {
	return e.componentFile(path, name, false)
}

// componentFile resolves a type to a .qml file; asSingleton tells whether
// a qmldir declared it a singleton.
func (e *Engine) componentFile(path, name string, asSingleton bool) (*Type, string) {
	if !startsUpper(name) {
		return nil, ""
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, ""
	}
	cd, err := e.compileDocument(path, string(src))
	if err != nil {
		if err == errSelfRecursive {
			return nil, name + " is instantiated recursively"
		}
		ds, _ := err.(parser.Diagnostics)
		// Qt reports the user's error and, after it, the component's own.
		e.innerErrors = ds
		return nil, "Type " + name + " unavailable"
	}
	if cd.singleton && !asSingleton {
		// `pragma Singleton` needs a qmldir `singleton` entry.
		e.innerErrors = parser.Diagnostics{{Pos: parser.Pos{Filename: cd.url}, Message: "pragma Singleton used with a non composite singleton type " + name}}
		return nil, "Type " + name + " unavailable"
	}
	if cd.componentType == nil {
		if cd.root.typ == nil {
			return nil, "Type " + name + " unavailable"
		}
		t := derive(cd.root.typ, name)
		t.component = &component{doc: cd, root: cd.root}
		t.className = name + "_QMLTYPE_" + itoa(e.qmlTypeN)
		e.qmlTypeN++
		e.numberDocument(cd, false)
		if rt := cd.root.typ; rt.anonymous && rt.component == nil {
			// Instances made from the file's own root (a singleton,
			// Qt.createComponent) print with the type's name too.
			rt.className = t.className
		}
		cd.componentType = t
	}
	return cd.componentType, ""
}
