package runtime

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// modelsModule is QtQml.Models: ListModel, ListElement and ObjectModel
// (Qt's QtQml import brings them too).
func modelsModule() *Module {
	return &Module{
		Name:    "QtQml.Models",
		Accepts: func(major, minor int) bool { return major == 2 || major == 6 },
		Types:   []*TypeSpec{listModelSpec(), listElementSpec(), objectModelSpec(), objectModelAttachedSpec()},
	}
}

// A listModel is the Go side of a ListModel: rows of named values
// ("roles"). As in Qt (without dynamicRoles), a role's kind is fixed by
// the first value given to it; a value of another kind is refused with a
// warning and the row gets the role's default (0, "", false). get(i)
// returns a view of row i that follows the row when rows move.
type listModel struct {
	o *Object
	*lmLayout
	rows []*lmRow
	// views are told of rows inserted, removed, moved and changed
	// (Instantiator, Repeater), through connections to the model's
	// signals made when they start watching, as Qt's delegate models are.
	views []modelView
	conns [][]viewConn // per view: its connections
}

type viewConn struct {
	sig *signalDef
	ep  *endpoint
}

// modelView follows a ListModel's rows.
type modelView interface {
	rowsInserted(at, n int)
	rowsRemoved(at, n int)
	rowsMoved(from, to, n int)
	rowChanged(at int)
}

// watch makes v follow the model's rows: the declared rows at once (for
// a view made before its model completed), the changes through
// connections to the model's signals that connect makes.
func (m *listModel) watch(v modelView) {
	for _, x := range m.views {
		if x == v {
			return
		}
	}
	m.views = append(m.views, v)
	m.conns = append(m.conns, nil)
}

// connect connects a watching view to the model's signals.
func (m *listModel) connect(v modelView) {
	at := -1
	for i, x := range m.views {
		if x == v {
			at = i
		}
	}
	if at < 0 || m.conns[at] != nil {
		return
	}
	num := func(a goja.Value) int { return int(a.ToInteger()) }
	var conns []viewConn
	conn := func(name string, f func(args []goja.Value)) {
		s := m.o.typ.signal(name)
		ep := &endpoint{goFn: f}
		m.o.connect(s, ep)
		conns = append(conns, viewConn{s, ep})
	}
	conn("rowsInserted", func(a []goja.Value) { v.rowsInserted(num(a[1]), num(a[2])-num(a[1])+1) })
	conn("rowsRemoved", func(a []goja.Value) { v.rowsRemoved(num(a[1]), num(a[2])-num(a[1])+1) })
	conn("rowsMoved", func(a []goja.Value) {
		from, n, dest := num(a[1]), num(a[2])-num(a[1])+1, num(a[4])
		to := dest
		if dest > from {
			to = dest - n
		}
		v.rowsMoved(from, to, n)
	})
	conn("dataChanged", func(a []goja.Value) {
		if x, ok := exportOf[*modelIndex](asObject(a[0])); ok && x.row >= 0 {
			v.rowChanged(x.row)
		}
	})
	m.conns[at] = conns
}

func (m *listModel) unwatch(v modelView) {
	for i, x := range m.views {
		if x == v {
			for _, c := range m.conns[i] {
				m.o.disconnectEndpoint(c.sig, c.ep)
			}
			m.views = append(m.views[:i], m.views[i+1:]...)
			m.conns = append(m.conns[:i], m.conns[i+1:]...)
			return
		}
	}
}

// lmLayout is a model's roles. The nested models of one role share theirs
// (Qt's sub-layout): a role one row's list makes, the others' have too.
type lmLayout struct {
	roles []lmRole
	index map[string]int       // role name -> position in roles
	sub   map[string]*lmLayout // the layouts of the nested models, by role
}

func newLayout() *lmLayout { return &lmLayout{index: map[string]int{}} }

type lmRole struct {
	name string
	kind lmKind
}

type lmKind uint8

const (
	lmNumber lmKind = iota
	lmString
	lmBool
	lmList // an array given to a role: a nested ListModel
	lmMap  // an object given to a role: kept as it is
	lmFunc // a function declared in a ListElement
)

// kindName is how Qt names a role kind in its warnings.
var kindName = [...]string{lmNumber: "Number", lmString: "String", lmBool: "Bool", lmList: "List", lmMap: "VariantMap", lmFunc: "Function"}

type lmRow struct {
	vals map[string]goja.Value
	view *goja.Object // made by the first get()
	item *goja.Object // a delegate's `model`, made for the first one
}

func listModelSpec() *TypeSpec {
	method := func(name string, f func(m *listModel, c goja.FunctionCall) goja.Value) MethodSpec {
		return MethodSpec{Name: name, Call: func(o *Object, c goja.FunctionCall) goja.Value {
			return f(o.Data.(*listModel), c)
		}}
	}
	return &TypeSpec{
		Name:      "ListModel",
		Base:      "QtObject",
		ClassName: "QQmlListModel",
		Properties: []PropertySpec{
			{Name: "count", Type: "int", ReadOnly: true},
			{Name: "dynamicRoles", Type: "bool"},
			{Name: "elements", Type: "list<QtObject>"},
		},
		DefaultProperty: "elements",
		Signals:         modelSignals(),
		Methods: []MethodSpec{
			method("index", func(m *listModel, c goja.FunctionCall) goja.Value {
				r, ok1 := argIndex(c, 0)
				col, ok2 := argIndex(c, 1)
				if !ok1 || !ok2 || r < 0 || r >= len(m.rows) || col != 0 {
					return m.invalidIndex()
				}
				return m.index0(r)
			}),
			method("hasIndex", func(m *listModel, c goja.FunctionCall) goja.Value {
				r, ok1 := argIndex(c, 0)
				col, ok2 := argIndex(c, 1)
				return m.o.e.vm.ToValue(ok1 && ok2 && r >= 0 && r < len(m.rows) && col == 0)
			}),
			method("parent", func(m *listModel, _ goja.FunctionCall) goja.Value { return m.invalidIndex() }),
			method("rowCount", func(m *listModel, _ goja.FunctionCall) goja.Value { return m.o.e.vm.ToValue(len(m.rows)) }),
			method("columnCount", func(m *listModel, _ goja.FunctionCall) goja.Value { return m.o.e.vm.ToValue(1) }),
			method("data", func(m *listModel, c goja.FunctionCall) goja.Value {
				idx, _ := c.Argument(0).(*goja.Object)
				mi, _ := exportOf[*modelIndex](idx)
				role, ok := argIndex(c, 1)
				if mi == nil || mi.m != m || !ok || role < 0 || role >= len(m.roles) || mi.row < 0 || mi.row >= len(m.rows) {
					return goja.Undefined()
				}
				return m.value(m.rows[mi.row], m.roles[role])
			}),
			method("append", (*listModel).append),
			method("insert", (*listModel).insert),
			method("get", (*listModel).get),
			method("set", (*listModel).set),
			method("setProperty", (*listModel).setProperty),
			method("remove", (*listModel).remove),
			method("move", (*listModel).move),
			method("clear", func(m *listModel, _ goja.FunctionCall) goja.Value {
				if n := len(m.rows); n > 0 {
					m.removeRows(0, n)
				}
				return goja.Undefined()
			}),
			method("sync", func(*listModel, goja.FunctionCall) goja.Value { return goja.Undefined() }),
		},
		Init: func(o *Object) { o.Data = &listModel{o: o, lmLayout: newLayout()} },
		Complete: func(o *Object) {
			m := o.Data.(*listModel)
			for _, el := range o.ListItems("elements") {
				if el == nil {
					continue
				}
				row := &lmRow{vals: map[string]goja.Value{}}
				m.fillElement(row, el)
				m.rows = append(m.rows, row)
			}
			if len(m.rows) > 0 {
				// Qt's rows exist from the model's creation: no
				// countChanged reaches a handler, only the bindings
				// that read the count before are brought up to date.
				o.SetSilently("count", len(m.rows))
				o.updateReaders("count")
				// A view made before the model completed (a Repeater
				// whose model is declared inline) watches it already:
				// it makes the declared rows' delegates now.
				for _, v := range append([]modelView(nil), m.views...) {
					v.rowsInserted(0, len(m.rows))
				}
			}
		},
	}
}

// listElementSpec is ListElement: any property, holding the values of one
// row of the ListModel it is declared in.
func listElementSpec() *TypeSpec {
	return &TypeSpec{Name: "ListElement", Base: "QtObject", ClassName: "QQmlListElement", AnyProperty: true}
}

func (e *Engine) listElementType() *Type {
	return e.reg.modules["QtQml.Models"].types["ListElement"]
}

// emptyList is `[]`, a role holding an empty nested ListModel.
var emptyList = regexp.MustCompile(`^\[\s*\]$`)

// enumRef is Type.Value, the only expression a ListElement role takes.
var enumRef = regexp.MustCompile(`^([\p{L}_$][\p{L}\p{N}_$]*)\.([\p{L}_$][\p{L}\p{N}_$]*)$`)

// listElementValue checks a value given to a ListElement role as Qt's
// ListModel parser does, reporting its error: a role holds a constant
// (string, number, possibly negative, boolean, null), an enumeration value
// (Qt.AlignLeft, Type.Value), a function, or ListElements (a nested
// list); any other script, and any other object, is refused.
func (r *resolver) listElementValue(pos parser.Pos, v *parser.Value) bool {
	objs := v.List
	if v.Object != nil {
		objs = []*parser.Object{v.Object}
	}
	for _, o := range objs {
		if t, _ := r.e.resolveType(r.doc, o.Type); t == nil || !t.inherits(r.e.listElementType()) {
			r.errorf(o.Pos, "ListElement: cannot contain nested elements")
			return false
		}
	}
	if v.Script == nil {
		return true
	}
	code := strings.TrimSpace(v.Script.Code())
	if !v.Script.IsBlock() {
		if _, ok := literalValue(v.Script); ok && code[0] != '+' {
			return true
		}
		if code == "null" || emptyList.MatchString(code) || functionExpr.MatchString(code) {
			return true
		}
		if len(code) >= 2 && code[0] == '`' && strings.IndexByte(code[1:], '`') == len(code)-2 && !strings.Contains(code, "${") {
			return true
		}
		if m := enumRef.FindStringSubmatch(code); m != nil {
			if m[1] == "Qt" {
				if _, ok := qtNamespaceEnums[m[2]]; ok {
					return true
				}
			} else if t, _ := r.e.resolveType(r.doc, m[1]); t != nil {
				if _, ok := t.enum(m[2]); ok {
					return true
				}
			}
		}
	}
	r.errorf(pos, "ListElement: cannot use script for property value")
	return false
}

// warn prints a ListModel warning at the model's declaration, as Qt does.
func (m *listModel) warn(format string, args ...any) {
	pos := m.o.declPos()
	m.o.e.print(fmt.Sprintf("%s:%d:%d: QML ListModel: ", m.o.e.displayURL(pos.Filename), pos.Line, pos.Column) + fmt.Sprintf(format, args...))
}

// kindOf classifies a value given to a role; ok is false for values that
// make no role (functions).
func (m *listModel) kindOf(v goja.Value) (lmKind, bool) {
	switch v.ExportType() {
	case nil:
		return 0, false
	}
	if obj, isObj := v.(*goja.Object); isObj {
		if callable(obj) {
			return 0, false
		}
		if obj.ClassName() == "Array" {
			return lmList, true
		}
		return lmMap, true
	}
	switch v.Export().(type) {
	case bool:
		return lmBool, true
	case string:
		return lmString, true
	case int64, float64:
		return lmNumber, true
	}
	return lmMap, true
}

// How put treats a value of another kind than its role's.
const (
	putReset   = iota // setProperty, a write through get(): the role's default
	putKeep           // append, insert, set: the row keeps its value
	putDecl           // a ListElement's: as putReset; functions make roles
	putConvert        // setProperty: through QVariant (convertRole)
)

// put stores v under role name in row, making the role if it is new. It
// returns the role's position (-1 when there is none) and whether the row's
// value changed.
func (m *listModel) put(row *lmRow, name string, v goja.Value, mode int) (role int, changed bool) {
	e := m.o.e
	if mode == putConvert {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			e.print("<Unknown File>: Can't create role for unsupported data type")
			return -1, false
		}
		if i, known := m.index[name]; known {
			if cv, ok := m.convertRole(m.roles[i], v); ok {
				v = cv
			}
		}
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		what := "undefined"
		if v != nil && goja.IsNull(v) {
			what = "null"
		}
		if _, known := m.index[name]; !known {
			e.print(fmt.Sprintf("<Unknown File>: %s is %s. Adding an object with a %s member does not create a role for it.", name, what, what))
			return -1, false
		}
		return m.index[name], false
	}
	k, ok := m.kindOf(v)
	i, known := m.index[name]
	if !ok {
		// A function: a role of its own in a ListElement; given to a
		// function role from JavaScript, Qt takes it for a map.
		switch {
		case mode == putDecl:
			k = lmFunc
		case known && m.roles[i].kind == lmFunc:
			k = lmMap
		default:
			return -1, false
		}
	}
	if !known {
		i = len(m.roles)
		m.index[name] = i
		m.roles = append(m.roles, lmRole{name: name, kind: k})
	} else if r := m.roles[i]; r.kind != k {
		given := kindName[k]
		if mode == putConvert && k == lmMap {
			given = kindName[lmList] // a QVariantList or map alike
		}
		e.print(fmt.Sprintf("<Unknown File>: Can't assign to existing role '%s' of different type [%s -> %s]", name, given, kindName[r.kind]))
		if mode != putKeep {
			_, had := row.vals[name]
			delete(row.vals, name)
			return i, had
		}
		return -1, false
	}
	if k == lmList {
		v = m.nested(name, v.(*goja.Object))
	}
	prev, had := row.vals[name]
	row.vals[name] = v
	return i, !had || k >= lmList || !prev.StrictEquals(v)
}

// convertRole converts a scalar given to setProperty for a scalar role of
// another kind as Qt's QVariant does, after the same warning as for any
// other mismatch: text to a number as QString::toDouble reads it (0 when
// it does not), a number or bool to text, text to a bool false only for
// "", "0" and "false". ok is false when no conversion applies.
func (m *listModel) convertRole(r lmRole, v goja.Value) (goja.Value, bool) {
	e := m.o.e
	k, ok := m.kindOf(v)
	if !ok || k == r.kind || k > lmBool || r.kind > lmBool {
		return nil, false
	}
	e.print(fmt.Sprintf("<Unknown File>: Can't assign to existing role '%s' of different type [%s -> %s]", r.name, kindName[k], kindName[r.kind]))
	x := v.Export()
	switch r.kind {
	case lmNumber:
		f, err := e.toNumber(v, "double")
		if err != nil {
			f = 0
		}
		return e.vm.ToValue(f), true
	case lmString:
		if b, isBool := x.(bool); isBool {
			return e.vm.ToValue(strconv.FormatBool(b)), true
		}
		return e.vm.ToValue(qtNumberText(v.ToFloat())), true
	}
	if s, isStr := x.(string); isStr {
		return e.vm.ToValue(s != "" && s != "0" && !strings.EqualFold(s, "false")), true
	}
	return e.vm.ToValue(v.ToFloat() != 0), true
}

// nested makes the ListModel a role holding an array stands for.
func (m *listModel) nested(role string, arr *goja.Object) goja.Value {
	e := m.o.e
	child, err := e.CreateObject("QtQml.Models", "ListModel", m.o)
	if err != nil {
		return goja.Undefined()
	}
	cm := child.Data.(*listModel)
	if m.sub == nil {
		m.sub = map[string]*lmLayout{}
	}
	if m.sub[role] == nil {
		m.sub[role] = newLayout()
	}
	cm.lmLayout = m.sub[role]
	n := int(arr.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		row := &lmRow{vals: map[string]goja.Value{}}
		if obj, ok := arr.Get(strconv.Itoa(i)).(*goja.Object); ok {
			if el := e.objectFor(obj); el != nil {
				cm.fillElement(row, el) // declared: [ListElement {...}, ...]
			} else {
				cm.fill(row, obj)
			}
		}
		cm.rows = append(cm.rows, row)
	}
	cm.o.SetSilently("count", n)
	return e.wrap(child)
}

// fillElement stores a ListElement's roles in a row: Qt's ListModel
// parser makes them last to first.
func (m *listModel) fillElement(row *lmRow, el *Object) {
	props := el.CustomProperties()
	for i := len(props) - 1; i >= 0; i-- {
		v, err := props[i].Value()
		if err != nil {
			m.o.e.reportException(err)
			continue
		}
		if goja.IsNull(v) {
			m.o.e.print("<Unknown File>: Can't create role for unsupported data type")
			continue
		}
		m.put(row, props[i].Name, v, putDecl)
	}
}

// fill stores an object's properties in a row, returning the positions of
// the roles whose values changed.
func (m *listModel) fill(row *lmRow, obj *goja.Object) (changed []int) {
	for _, k := range obj.Keys() {
		if i, ch := m.put(row, k, obj.Get(k), putKeep); ch {
			changed = append(changed, i)
		}
	}
	return changed
}

// value is what row holds for role r, or the role's default.
func (m *listModel) value(row *lmRow, r lmRole) goja.Value {
	if v, ok := row.vals[r.name]; ok {
		return v
	}
	switch r.kind {
	case lmNumber:
		return m.o.e.vm.ToValue(0)
	case lmString:
		return m.o.e.vm.ToValue("")
	case lmBool:
		return m.o.e.vm.ToValue(false)
	}
	return goja.Undefined()
}

// rowsOf turns append's and insert's argument (an object or an array) into
// rows; ok is false (after the warning) for anything else.
func (m *listModel) rowsOf(op string, v goja.Value) (rows []*lmRow, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		m.warn("%s: value is not an object", op)
		return nil, false
	}
	if obj.ClassName() == "Array" {
		n := int(obj.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			// An element that is not an object is an empty row.
			row := &lmRow{vals: map[string]goja.Value{}}
			if el, isObj := obj.Get(strconv.Itoa(i)).(*goja.Object); isObj {
				m.fill(row, el)
			}
			rows = append(rows, row)
		}
		return rows, true
	}
	row := &lmRow{vals: map[string]goja.Value{}}
	m.fill(row, obj)
	return []*lmRow{row}, true
}

// argIndex reads an integer argument; ok is false when it is not a number.
func argIndex(c goja.FunctionCall, i int) (int, bool) {
	f := c.Argument(i).ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return int(f), true
}

func (m *listModel) append(c goja.FunctionCall) goja.Value {
	rows, ok := m.rowsOf("append", c.Argument(0))
	if ok && len(rows) > 0 {
		m.insertRows(len(m.rows), rows)
	}
	return goja.Undefined()
}

// The signals of Qt's QAbstractItemModel a ListModel emits as its rows
// change: the parent index is the invalid one, rows are first and last.

// insertRows puts rows at position at, emitting rowsAboutToBeInserted and
// rowsInserted before count changes and the views follow.
func (m *listModel) insertRows(at int, rows []*lmRow) {
	n := len(rows)
	m.o.Emit("rowsAboutToBeInserted", m.invalidIndex(), at, at+n-1)
	m.rows = append(m.rows[:at], append(rows, m.rows[at:]...)...)
	// count is the rows' in Qt: up to date when rowsInserted is emitted,
	// its change signal comes after.
	m.o.SetSilently("count", len(m.rows))
	m.o.Emit("rowsInserted", m.invalidIndex(), at, at+n-1)
	m.o.EmitChanged("count")
}

// removeRows removes n rows from position at.
func (m *listModel) removeRows(at, n int) {
	m.o.Emit("rowsAboutToBeRemoved", m.invalidIndex(), at, at+n-1)
	m.rows = append(m.rows[:at], m.rows[at+n:]...)
	m.o.SetSilently("count", len(m.rows))
	m.o.Emit("rowsRemoved", m.invalidIndex(), at, at+n-1)
	m.o.EmitChanged("count")
}

// dataChanged tells of a row's roles changed (by position).
func (m *listModel) dataChanged(row *lmRow, roles []int) {
	if len(roles) > 0 {
		for i, r := range m.rows {
			if r == row {
				vals := make([]any, len(roles))
				for k, x := range roles {
					vals[k] = x
				}
				idx := m.index0(i)
				m.o.Emit("dataChanged", idx, idx, m.o.e.vm.NewArray(vals...))
				return
			}
		}
	}
}

func (m *listModel) insert(c goja.FunctionCall) goja.Value {
	i, ok := argIndex(c, 0)
	if !ok || i < 0 || i > len(m.rows) {
		m.warn("insert: index %s out of range", c.Argument(0).String())
		return goja.Undefined()
	}
	rows, ok := m.rowsOf("insert", c.Argument(1))
	if ok && len(rows) > 0 {
		m.insertRows(i, rows)
	}
	return goja.Undefined()
}

func (m *listModel) get(c goja.FunctionCall) goja.Value {
	i, ok := argIndex(c, 0)
	if !ok || i < 0 || i >= len(m.rows) {
		return goja.Undefined()
	}
	row := m.rows[i]
	if row.view == nil {
		m.o.e.nextID++
		row.view = m.o.e.vm.NewDynamicObject(&lmView{m: m, row: row, id: m.o.e.nextID})
	}
	return row.view
}

// set replaces the roles given in row i (the others keep their values);
// set(count, obj) appends.
func (m *listModel) set(c goja.FunctionCall) goja.Value {
	i, ok := argIndex(c, 0)
	if !ok || i < 0 || i > len(m.rows) {
		m.warn("set: index %s out of range", c.Argument(0).String())
		return goja.Undefined()
	}
	obj, isObj := c.Argument(1).(*goja.Object)
	if !isObj {
		m.warn("set: value is not an object")
		return goja.Undefined()
	}
	if i == len(m.rows) {
		row := &lmRow{vals: map[string]goja.Value{}}
		m.fill(row, obj)
		m.insertRows(i, []*lmRow{row})
		return goja.Undefined()
	}
	m.dataChanged(m.rows[i], m.fill(m.rows[i], obj))
	return goja.Undefined()
}

func (m *listModel) setProperty(c goja.FunctionCall) goja.Value {
	i, ok := argIndex(c, 0)
	if !ok || i < 0 || i >= len(m.rows) {
		m.warn("set: index %s out of range", c.Argument(0).String())
		return goja.Undefined()
	}
	// Only a value that changed is told of (Qt 6.4 compiling the script
	// anew; run from its disk cache, it tells of an unchanged string too).
	if r, changed := m.put(m.rows[i], c.Argument(1).String(), c.Argument(2), putConvert); r >= 0 && changed {
		m.dataChanged(m.rows[i], []int{r})
	}
	return goja.Undefined()
}

// indexAndCount reads the (index, count = 1) arguments of remove.
func indexAndCount(c goja.FunctionCall) (i, n int, ok bool) {
	i, ok = argIndex(c, 0)
	n = 1
	if len(c.Arguments) > 1 {
		n, _ = argIndex(c, 1)
	}
	return i, n, ok
}

func (m *listModel) remove(c goja.FunctionCall) goja.Value {
	i, n, ok := indexAndCount(c)
	if !ok || i < 0 || n < 0 || i+n > len(m.rows) {
		m.warn("remove: indices [%d - %d] out of range [0 - %d]", i, i+n, len(m.rows))
		return goja.Undefined()
	}
	if n > 0 {
		m.removeRows(i, n)
	}
	return goja.Undefined()
}

// move moves n rows from `from` to `to` (the index of the first moved row
// once the move is done).
func (m *listModel) move(c goja.FunctionCall) goja.Value {
	from, ok1 := argIndex(c, 0)
	to, ok2 := argIndex(c, 1)
	n, ok3 := argIndex(c, 2)
	if !ok1 || !ok2 || !ok3 || n <= 0 || from < 0 || to < 0 || from+n > len(m.rows) || to+n > len(m.rows) {
		m.warn("move: out of range")
		return goja.Undefined()
	}
	// Qt's destination is the row before which the moved rows go,
	// counted before the move.
	dest := to
	if to > from {
		dest = to + n
	}
	m.o.Emit("rowsAboutToBeMoved", m.invalidIndex(), from, from+n-1, m.invalidIndex(), dest)
	m.rows = moveRows(m.rows, from, to, n)
	m.o.Emit("rowsMoved", m.invalidIndex(), from, from+n-1, m.invalidIndex(), dest)
	return goja.Undefined()
}

// lmView is what ListModel.get() returns: the roles of one row, readable
// and writable (a write is setProperty on the row).
type lmView struct {
	m   *listModel
	row *lmRow
	id  uint64 // printed as its address
}

func (v *lmView) Get(key string) goja.Value {
	m := v.m
	if i, ok := m.index[key]; ok {
		return m.value(v.row, m.roles[i])
	}
	if key == "toJSON" {
		return m.o.e.vm.ToValue(func(goja.FunctionCall) goja.Value { return v.plain() })
	}
	if key == "toString" {
		e := m.o.e
		return e.vm.ToValue(func(goja.FunctionCall) goja.Value {
			return e.vm.ToValue(fmt.Sprintf("QObject(0x%x)", 0x55d0c0de0000+v.id*0x40)) // as Object.String
		})
	}
	return nil
}

// plain is the row as JSON.stringify shows it in Qt: its roles in a plain
// object, a nested list as an array of such objects.
func (v *lmView) plain() goja.Value {
	vm := v.m.o.e.vm
	obj := vm.NewObject()
	for _, k := range v.Keys() {
		val := v.Get(k)
		if v.m.roles[v.m.index[k]].kind == lmList {
			if nested := v.m.o.e.unwrap(val); nested != nil {
				if cm, ok := nested.Data.(*listModel); ok {
					rows := make([]any, len(cm.rows))
					for i, r := range cm.rows {
						rows[i] = (&lmView{m: cm, row: r}).plain()
					}
					val = vm.NewArray(rows...)
				}
			}
		}
		obj.Set(k, val)
	}
	return obj
}

// Set writes a role as Qt's row object does, as a property: a name that
// is no role, or a value of another type than the role's, is ignored;
// null and undefined reset the role to its default; an array given to a
// role of another type resets it with a warning (naming the types the
// other way round from put's).
func (v *lmView) Set(key string, val goja.Value) bool {
	m := v.m
	i, ok := m.index[key]
	if !ok {
		return true
	}
	r := m.roles[i]
	k, ok := m.kindOf(val)
	switch {
	case val == nil || goja.IsUndefined(val) || goja.IsNull(val):
		delete(v.row.vals, key)
	case ok && k == r.kind:
		if _, changed := m.put(v.row, key, val, putReset); !changed {
			return true // as setProperty: an unchanged value is not told of
		}
	case ok && k == lmList:
		m.o.e.print(fmt.Sprintf("<Unknown File>: Can't assign to existing role '%s' of different type [%s -> %s]", key, kindName[r.kind], kindName[k]))
		delete(v.row.vals, key)
	default:
		return true
	}
	m.dataChanged(v.row, []int{i})
	return true
}

func (v *lmView) Has(key string) bool { _, ok := v.m.index[key]; return ok }
func (v *lmView) Delete(string) bool  { return false }

func (v *lmView) Keys() []string {
	keys := make([]string, 0, len(v.m.roles))
	for _, r := range v.m.roles {
		if r.kind == lmList {
			if _, ok := v.row.vals[r.name]; !ok {
				continue
			}
		}
		keys = append(keys, r.name)
	}
	return keys
}

// moveRows moves n elements of s from position from to position to (the
// index of the first moved element afterwards).
func moveRows[T any](s []T, from, to, n int) []T {
	moved := append([]T(nil), s[from:from+n]...)
	rest := append(append([]T(nil), s[:from]...), s[from+n:]...)
	return append(append(rest[:to:to], moved...), rest[to:]...)
}

// modelSignals are QAbstractItemModel's signals about rows, data and
// resets, with Qt's parameter names.
func modelSignals() []SignalSpec {
	rows := []ParamSpec{{Name: "parent", Type: "var"}, {Name: "first", Type: "int"}, {Name: "last", Type: "int"}}
	return []SignalSpec{
		{Name: "dataChanged", Params: []ParamSpec{{Name: "topLeft", Type: "var"}, {Name: "bottomRight", Type: "var"}, {Name: "roles", Type: "var"}}},
		{Name: "layoutChanged"},
		{Name: "layoutAboutToBeChanged"},
		{Name: "rowsAboutToBeInserted", Params: rows},
		{Name: "rowsInserted", Params: rows},
		{Name: "rowsAboutToBeRemoved", Params: rows},
		{Name: "rowsRemoved", Params: rows},
		{Name: "modelAboutToBeReset"},
		{Name: "modelReset"},
		{Name: "rowsAboutToBeMoved", Params: []ParamSpec{{Name: "sourceParent", Type: "var"}, {Name: "sourceStart", Type: "int"}, {Name: "sourceEnd", Type: "int"}, {Name: "destinationParent", Type: "var"}, {Name: "destinationRow", Type: "int"}}},
		{Name: "rowsMoved", Params: []ParamSpec{{Name: "parent", Type: "var"}, {Name: "start", Type: "int"}, {Name: "end", Type: "int"}, {Name: "destination", Type: "var"}, {Name: "row", Type: "int"}}},
	}
}

// modelIndex is a QModelIndex as JavaScript sees it: row, column, valid,
// parent, model and internalId; row -1 is the invalid index.
type modelIndex struct {
	m   *listModel
	row int
}

func (m *listModel) invalidIndex() goja.Value { return m.newIndex(-1) }

func (m *listModel) index0(row int) goja.Value { return m.newIndex(row) }

func (m *listModel) newIndex(row int) goja.Value {
	return m.o.e.vm.NewDynamicObject(&modelIndex{m: m, row: row})
}

func (x *modelIndex) Get(key string) goja.Value {
	e := x.m.o.e
	valid := x.row >= 0
	switch key {
	case "row", "column":
		if !valid {
			return e.vm.ToValue(-1)
		}
		if key == "column" {
			return e.vm.ToValue(0)
		}
		return e.vm.ToValue(x.row)
	case "valid":
		return e.vm.ToValue(valid)
	case "parent":
		return x.m.invalidIndex()
	case "model":
		if !valid {
			return goja.Null()
		}
		return e.wrap(x.m.o)
	case "internalId":
		return e.vm.ToValue(0)
	case "toString":
		return e.vm.ToValue(func(goja.FunctionCall) goja.Value {
			if !valid {
				return e.vm.ToValue("QModelIndex()")
			}
			return e.vm.ToValue(fmt.Sprintf("QModelIndex(%d,0,0x0,%s)", x.row, e.formatValue(e.wrap(x.m.o), 0)))
		})
	}
	return nil
}

func (x *modelIndex) Set(string, goja.Value) bool { return false }
func (x *modelIndex) Has(key string) bool {
	switch key {
	case "row", "column", "valid", "parent", "model", "internalId":
		return true
	}
	return false
}
func (x *modelIndex) Delete(string) bool { return false }
func (x *modelIndex) Keys() []string {
	return []string{"row", "column", "parent", "valid", "model", "internalId"}
}

// exportOf is the Go value of a dynamic object of type T.
func exportOf[T any](obj *goja.Object) (T, bool) {
	var zero T
	if obj == nil {
		return zero, false
	}
	v, ok := obj.Export().(T)
	return v, ok
}
