package parser

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Dump writes a readable tree of a syntax node, one node per line with its
// start position, for golden tests and debugging.
func Dump(w io.Writer, node any) {
	dump(w, reflect.ValueOf(node), 0, "")
}

var posType = reflect.TypeOf(Pos{})

func dump(w io.Writer, v reflect.Value, depth int, label string) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	indent := strings.Repeat("  ", depth)
	if v.Kind() != reflect.Struct {
		return
	}
	t := v.Type()
	var head strings.Builder
	head.WriteString(indent)
	if label != "" {
		head.WriteString(label + ": ")
	}
	head.WriteString(t.Name())
	if p := v.FieldByName("Pos"); p.IsValid() && p.Type() == posType {
		pos := p.Interface().(Pos)
		fmt.Fprintf(&head, " @%d:%d", pos.Line, pos.Column)
	}
	var children []func()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if !f.IsExported() || f.Type == posType || f.Name == "Source" || fv.IsZero() {
			continue
		}
		switch fv.Kind() {
		case reflect.String:
			fmt.Fprintf(&head, " %s=%q", f.Name, fv.String())
		case reflect.Bool:
			fmt.Fprintf(&head, " %s", f.Name)
		case reflect.Slice:
			if f.Type.Elem().Kind() == reflect.String {
				fmt.Fprintf(&head, " %s=%q", f.Name, fv.Interface())
				continue
			}
			for j := 0; j < fv.Len(); j++ {
				e := fv.Index(j)
				name := f.Name
				children = append(children, func() { dump(w, e, depth+1, name) })
			}
		default:
			name := f.Name
			children = append(children, func() { dump(w, fv, depth+1, name) })
		}
	}
	fmt.Fprintln(w, head.String())
	for _, c := range children {
		c()
	}
}
