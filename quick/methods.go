package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// itemMethods are Item's methods that need no window: coordinate mapping
// between items (translation only: rotation and scale are not applied),
// contains and childAt; forceActiveFocus gives the item the window's focus
// (focus.go).
func itemMethods() []runtime.MethodSpec {
	return []runtime.MethodSpec{
		{Name: "forceActiveFocus", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value { moveFocus(o); return goja.Undefined() }},
		{Name: "mapToItem", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return mapBetween(o, c, func(target *runtime.Object) (from, to *runtime.Object) { return o, target })
		}},
		{Name: "mapFromItem", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return mapBetween(o, c, func(source *runtime.Object) (from, to *runtime.Object) { return source, o })
		}},
		// Without a window the scene is the global coordinate space.
		{Name: "mapToGlobal", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return mapArgs(o, c.Arguments, func(x, y float64) (float64, float64) {
				sx, sy := scenePos(o)
				return x + sx, y + sy
			})
		}},
		{Name: "mapFromGlobal", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return mapArgs(o, c.Arguments, func(x, y float64) (float64, float64) {
				sx, sy := scenePos(o)
				return x - sx, y - sy
			})
		}},
		{Name: "contains", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			pt := c.Argument(0).ToObject(o.Runtime())
			return o.Runtime().ToValue(containsPoint(o, pt.Get("x").ToFloat(), pt.Get("y").ToFloat()))
		}},
		{Name: "childAt", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			x, y := c.Argument(0).ToFloat(), c.Argument(1).ToFloat()
			kids := childItems(o)
			// The last child wins, whatever its z, as in Qt 6.4.
			for i := len(kids) - 1; i >= 0; i-- {
				k := kids[i]
				if k.Property("visible").ToBoolean() && containsPoint(k, x-k.Property("x").ToFloat(), y-k.Property("y").ToFloat()) {
					return k.JS()
				}
			}
			return goja.Null()
		}},
	}
}

// containsPoint reports whether a point in o's coordinates lies inside it (its
// right and bottom edges outside), as QQuickItem::contains.
func containsPoint(o *runtime.Object, x, y float64) bool {
	return x >= 0 && y >= 0 && x < o.Property("width").ToFloat() && y < o.Property("height").ToFloat()
}

// scenePos returns the position of o's origin in the scene: the sum of
// the positions up its visual parents.
func scenePos(o *runtime.Object) (x, y float64) {
	for n := 0; o != nil && n < 1<<16; n++ {
		x += o.Property("x").ToFloat()
		y += o.Property("y").ToFloat()
		o = visualParent(o)
	}
	return x, y
}

// mapBetween maps the point or rect given after the item argument from
// one item's coordinates to another's; a null item stands for the scene.
func mapBetween(o *runtime.Object, c goja.FunctionCall, ends func(other *runtime.Object) (from, to *runtime.Object)) goja.Value {
	other := o.Engine().ObjectOf(c.Argument(0))
	if other != nil && !isItem(other) {
		panic(o.Runtime().NewTypeError("mapToItem()/mapFromItem(): the item is not an Item"))
	}
	from, to := ends(other)
	var fx, fy, tx, ty float64
	if from != nil {
		fx, fy = scenePos(from)
	}
	if to != nil {
		tx, ty = scenePos(to)
	}
	var args []goja.Value
	if len(c.Arguments) > 1 {
		args = c.Arguments[1:]
	}
	return mapArgs(o, args, func(x, y float64) (float64, float64) { return x + fx - tx, y + fy - ty })
}

// mapArgs maps (x, y), (x, y, w, h), a point or a rect with f, returning a
// point or a rect.
func mapArgs(o *runtime.Object, args []goja.Value, f func(x, y float64) (float64, float64)) goja.Value {
	e := o.Engine()
	arg := func(i int) float64 {
		if i < len(args) {
			return args[i].ToFloat()
		}
		return 0
	}
	if len(args) == 1 {
		if obj, ok := args[0].(*goja.Object); ok {
			x, y := f(obj.Get("x").ToFloat(), obj.Get("y").ToFloat())
			if w := obj.Get("width"); w != nil && !goja.IsUndefined(w) {
				return e.NewRect(x, y, w.ToFloat(), obj.Get("height").ToFloat())
			}
			return e.NewPoint(x, y)
		}
	}
	x, y := f(arg(0), arg(1))
	if len(args) >= 4 {
		return e.NewRect(x, y, arg(2), arg(3))
	}
	return e.NewPoint(x, y)
}
