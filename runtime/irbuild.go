package runtime

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qmlrun/qmlrun/parser"
)

// irErrors finds the errors Qt's IR builder reports for a parsed document,
// before any import or type is looked at: pragmas, declared names (case and
// duplicates), default properties, enums, inline component names and
// properties given a value twice. Qt reports all of them, in source order,
// and no other error of the document.
func irErrors(doc *parser.Document) parser.Diagnostics {
	var ds parser.Diagnostics
	add := func(pos parser.Pos, format string, args ...any) {
		ds = append(ds, parser.Errorf(pos, format, args...))
	}
	for _, h := range doc.Headers {
		if p := h.Pragma; p != nil {
			if msg := pragmaError(p); msg != "" {
				add(p.Pos, "%s", msg)
				if s := parser.Suggest(p.Name, []string{"Singleton", "Strict", "ListPropertyAssignBehavior", "ComponentBehavior"}); s != "" && s != p.Name {
					ds[len(ds)-1].Hint = fmt.Sprintf("did you mean %q?", s)
				}
			}
		}
	}
	otherErrors := func() bool {
		for _, d := range ds {
			if d.Message != "Property value set multiple times" {
				return true
			}
		}
		return false
	}
	inline := map[string]bool{}
	var walk func(o *parser.Object)
	walkValue := func(v *parser.Value) {
		if v == nil {
			return
		}
		if v.Object != nil {
			walk(v.Object)
		}
		for _, c := range v.List {
			walk(c)
		}
	}
	walk = func(o *parser.Object) {
		props, signals, enums, assigned := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
		hasDefault := false
		for _, m := range o.Members {
			name, pos, ok := assignedName(m)
			if p, isProp := m.(*parser.Property); isProp && props[p.Name] {
				ok = false // a second declaration's value is never a binding
			}
			if ok {
				// A grouped or attached name (anchors.fill,
				// Component.onCompleted) is checked only while no other
				// kind of error has been found.
				if assigned[name] && (!strings.Contains(name, ".") || !otherErrors()) {
					add(pos, "Property value set multiple times")
				}
				assigned[name] = true
			}
			switch m := m.(type) {
			case *parser.Property:
				namePos := parser.DeclNamePos(doc.Source, m.Type.Pos, m.Name)
				if startsUpper(m.Name) {
					what := "Property"
					if m.Type.String() == "alias" {
						what = "Alias"
					}
					add(namePos, "%s names cannot begin with an upper case letter", what)
				}
				switch {
				case props[m.Name] && m.Type.String() == "alias":
					add(namePos, "Alias has same name as existing property")
				case props[m.Name]:
					add(namePos, "Duplicate property name")
				case m.Has("required") && m.Value != nil:
					add(m.Pos, "Required properties with initializer do not make sense.")
				case m.Has("default") && hasDefault:
					add(m.Pos, "Duplicate default property")
				}
				props[m.Name] = true
				hasDefault = hasDefault || m.Has("default")
				if m.Type.String() == "alias" {
					if pos, msg := aliasSyntaxError(m, namePos); msg != "" {
						add(pos, "%s", msg)
					}
					continue
				}
				walkValue(m.Value)
			case *parser.Signal:
				pos := parser.NamePos(doc.Source, m.Pos, m.Name)
				if startsUpper(m.Name) {
					add(pos, "Signal names cannot begin with an upper case letter")
				}
				if signals[m.Name] {
					add(pos, "Duplicate signal name")
				}
				signals[m.Name] = true
			case *parser.Enum:
				switch {
				case !startsUpper(m.Name):
					add(m.Pos, "Scoped enum names must begin with an upper case letter")
					continue
				case enums[m.Name]:
					add(m.Pos, "Duplicate scoped enum name")
				}
				enums[m.Name] = true
				for _, v := range m.Values {
					// The first error ends the enum.
					if !startsUpper(v.Name) {
						add(v.Pos, "Enum names must begin with an upper case letter")
						break
					}
					if f := enumNumber(v.Value); v.Value != "" && f != math.Trunc(f) {
						add(parser.NamePos(doc.Source, v.Pos, v.Value), "Enum value must be an integer")
						break
					}
				}
			case *parser.Binding:
				if m.Name == "id" && m.Value != nil && m.Value.Script != nil {
					if msg := idError(idText(m.Value.Script)); msg != "" {
						add(m.Value.Pos, "%s", msg)
					}
				}
				walkValue(m.Value)
			case *parser.ObjectMember:
				walk(m.Object)
			case *parser.InlineComponent:
				if inline[m.Name] {
					add(m.Pos, "Inline component names must be unique per file")
				}
				inline[m.Name] = true
				walk(m.Object)
			}
		}
	}
	walk(doc.Root)
	ds.Sort()
	return ds
}

// pragmaError is Qt's error for a pragma it does not know (Qt 6.4 knows
// Singleton, Strict, ListPropertyAssignBehavior and ComponentBehavior).
func pragmaError(p *parser.Pragma) string {
	value := ""
	if len(p.Values) > 0 {
		value = p.Values[0]
	}
	switch p.Name {
	case "Singleton", "Strict":
	case "ListPropertyAssignBehavior":
		if value != "Append" && value != "Replace" && value != "ReplaceIfNotDefault" {
			return "Unknown list property assign behavior '" + value + "' in pragma"
		}
	case "ComponentBehavior":
		if value != "Bound" && value != "Unbound" {
			return "Unknown component behavior '" + value + "' in pragma"
		}
	default:
		return "Unknown pragma '" + p.Name + "'"
	}
	return ""
}

// assignedName is the property a member gives a value to, for Qt's
// "Property value set multiple times": a binding (ids and handlers
// included; a grouped or attached one by its full name) or a property
// declared with a value (an alias's target is not one). Child objects of a default property, value
// sources and list values may repeat.
func assignedName(m parser.Member) (string, parser.Pos, bool) {
	switch m := m.(type) {
	case *parser.Binding:
		if m.Value != nil && m.Value.List == nil {
			return m.Name, m.Pos, true
		}
	case *parser.Property:
		// An alias's target is no value: the object may bind the alias.
		if m.Value != nil && m.Value.List == nil && m.Type.String() != "alias" {
			return m.Name, m.Pos, true
		}
	}
	return "", parser.Pos{}, false
}

// enumNumber is the value of an enumerator's numeric literal.
func enumNumber(s string) float64 {
	if n, err := strconv.ParseInt(s, 0, 64); err == nil {
		return float64(n)
	}
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// aliasReference is the form of an alias's target: id[.property[.property]].
var aliasReference = regexp.MustCompile(`^\s*[\p{L}_$][\p{L}\p{N}_$]*(\s*\.\s*[\p{L}_$][\p{L}\p{N}_$]*){0,2}\s*;?\s*$`)

// aliasSyntaxError is Qt's IR-builder error for an alias declaration whose
// value is not a reference: none, a constant, an object or an expression.
func aliasSyntaxError(m *parser.Property, namePos parser.Pos) (parser.Pos, string) {
	const form = "Invalid alias reference. An alias reference must be specified as <id>, <id>.<property> or <id>.<value property>.<property>"
	switch v := m.Value; {
	case v == nil:
		return m.Pos, "No property alias location"
	case v.Script == nil:
		return namePos, form
	case aliasReference.MatchString(v.Script.Code()):
		return parser.Pos{}, ""
	case v.Script.IsBlock():
		return v.Script.Pos, form
	}
	if _, ok := literalValue(m.Value.Script); ok {
		return m.Value.Script.Pos, "Invalid alias location"
	}
	return m.Value.Script.Pos, form
}

// idText is the id a declaration gives (`id: name`, or a quoted name).
func idText(sc *parser.Script) string {
	id := strings.TrimSpace(sc.Code())
	if len(id) >= 2 && (id[0] == '"' || id[0] == '\'') {
		id = parser.Unquote(id)
	}
	return id
}

// idError is Qt's error for an id that is no valid name, or that would
// hide a global of JavaScript.
func idError(id string) string {
	first, _ := utf8.DecodeRuneInString(id)
	switch {
	case id == "" || !unicode.IsLetter(first) && first != '_':
		return "IDs must start with a letter or underscore"
	case unicode.IsUpper(first):
		return "IDs cannot start with an uppercase letter"
	}
	for _, c := range id {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' {
			return "IDs must contain only letters, numbers, and underscores"
		}
	}
	if jsGlobalNames[id] {
		return "ID illegally masks global JavaScript property"
	}
	return ""
}

// jsGlobalNames are the lower-case globals of Qt's JavaScript engine that
// an id may not hide.
var jsGlobalNames = map[string]bool{
	"undefined": true, "eval": true, "parseInt": true, "parseFloat": true, "isNaN": true, "isFinite": true,
	"decodeURI": true, "decodeURIComponent": true, "encodeURI": true, "encodeURIComponent": true,
	"escape": true, "unescape": true, "console": true, "print": true, "gc": true,
	"qsTr": true, "qsTrId": true, "qsTranslate": true,
}
