package quick

import (
	"github.com/qmlrun/qmlrun/runtime"
)

// positioner makes Column, Row, Grid or Flow: an Item whose layout
// function places its children, and whose implicit size covers them (its
// size follows unless given).
func positioner(name, class string, layout func(o *runtime.Object, p padding, kids []*runtime.Object) (w, h float64),
	extra []runtime.PropertySpec, enums map[string]int) *runtime.TypeSpec {
	props := []runtime.PropertySpec{
		{Name: "spacing", Type: "real"}, {Name: "padding", Type: "real", Changed: paddingChanged},
		{Name: "layoutDirection", Type: "int"},
	}
	for _, n := range paddingNames {
		props = append(props, runtime.PropertySpec{Name: n, Type: "real", Set: fallbackSetter(fallbackOf, n)})
	}
	run := func(o *runtime.Object) {
		var kids []*runtime.Object
		for _, x := range o.ListItems("children") {
			// As Qt's positioners: an item that is not visible or has
			// no width or height is not laid out.
			if x.Property("width").ToFloat() == 0 || x.Property("height").ToFloat() == 0 || !x.Property("visible").ToBoolean() {
				continue
			}
			kids = append(kids, x)
		}
		pad := paddingOf(o)
		d := dataOf(o)
		d.placing = true
		w, h := layout(o, pad, kids)
		d.placing = false
		updateChildrenRect(o)
		setImplicitSize(o, w+pad.left+pad.right, h+pad.top+pad.bottom)
		o.Emit("positioningComplete")
	}
	return &runtime.TypeSpec{
		Name: name, Base: "Item", ClassName: class,
		Properties: append(props, extra...),
		Enums:      enums,
		Signals:    []runtime.SignalSpec{{Name: "positioningComplete"}},
		// Laid out once its children are complete (a Repeater's items
		// exist then); there is no later layout pass without a window, as
		// in Qt run headless.
		Complete: func(o *runtime.Object) { o.AfterComplete(func() { run(o) }) },
	}
}

// paddingNames are the paddings that read as padding until given a value
// of their own.
var paddingNames = []string{"topPadding", "leftPadding", "rightPadding", "bottomPadding"}

// paddingChanged copies padding into the paddings not given.
func paddingChanged(o *runtime.Object) { fallbackOf(o).copy(o, "padding", paddingNames) }

// spacingOf returns a Grid's rowSpacing or columnSpacing, or its spacing
// when that was not given.
func spacingOf(o *runtime.Object, name string) float64 {
	if (*fallbackOf(o))[name] {
		return o.Property(name).ToFloat()
	}
	return o.Property("spacing").ToFloat()
}

// padding is a positioner's four paddings.
type padding struct{ top, left, right, bottom float64 }

func paddingOf(o *runtime.Object) padding {
	return padding{o.Property("topPadding").ToFloat(), o.Property("leftPadding").ToFloat(),
		o.Property("rightPadding").ToFloat(), o.Property("bottomPadding").ToFloat()}
}

// place moves a child of a positioner.
func place(x *runtime.Object, px, py float64) {
	x.SetInternal("x", px)
	x.SetInternal("y", py)
}

func layoutColumn(o *runtime.Object, pad padding, kids []*runtime.Object) (w, h float64) {
	sp := o.Property("spacing").ToFloat()
	for i, x := range kids {
		if i > 0 {
			h += sp
		}
		place(x, pad.left, pad.top+h)
		h += x.Property("height").ToFloat()
		w = max(w, x.Property("width").ToFloat())
	}
	return w, h
}

func layoutRow(o *runtime.Object, pad padding, kids []*runtime.Object) (w, h float64) {
	sp := o.Property("spacing").ToFloat()
	for i, x := range kids {
		if i > 0 {
			w += sp
		}
		place(x, pad.left+w, pad.top)
		w += x.Property("width").ToFloat()
		h = max(h, x.Property("height").ToFloat())
	}
	return w, h
}

// layoutGrid places the children in cells of a grid, row by row (or column
// by column with flow: Grid.TopToBottom); each column is as wide as its
// widest item, each row as high as its highest. Without columns or rows
// there are 4 columns, as in Qt.
func layoutGrid(o *runtime.Object, pad padding, kids []*runtime.Object) (w, h float64) {
	n := len(kids)
	cols, rows := int(o.Property("columns").ToInteger()), int(o.Property("rows").ToInteger())
	switch {
	case cols <= 0 && rows <= 0:
		cols, rows = 4, (n+3)/4
	case rows <= 0:
		rows = (n + cols - 1) / cols
	case cols <= 0:
		cols = (n + rows - 1) / rows
	}
	if n == 0 || cols <= 0 || rows <= 0 {
		return 0, 0
	}
	topToBottom := o.Property("flow").ToInteger() == 1
	cell := func(i int) (r, c int) {
		if topToBottom {
			return i % rows, i / rows
		}
		return i / cols, i % cols
	}
	colW, rowH := make([]float64, cols), make([]float64, rows)
	for i, x := range kids {
		r, c := cell(i)
		if r >= rows || c >= cols {
			break
		}
		colW[c] = max(colW[c], x.Property("width").ToFloat())
		rowH[r] = max(rowH[r], x.Property("height").ToFloat())
	}
	cs, rs := spacingOf(o, "columnSpacing"), spacingOf(o, "rowSpacing")
	colX, rowY := make([]float64, cols), make([]float64, rows)
	for c := 1; c < cols; c++ {
		colX[c] = colX[c-1] + colW[c-1] + cs
	}
	for r := 1; r < rows; r++ {
		rowY[r] = rowY[r-1] + rowH[r-1] + rs
	}
	for i, x := range kids {
		r, c := cell(i)
		if r >= rows || c >= cols {
			break
		}
		place(x, pad.left+colX[c], pad.top+rowY[r])
	}
	return colX[cols-1] + colW[cols-1], rowY[rows-1] + rowH[rows-1]
}

// layoutFlow places the children side by side, starting a new line when
// the next would cross the Flow's width (its height with flow:
// Flow.TopToBottom); a Flow whose size was not given makes one line.
func layoutFlow(o *runtime.Object, pad padding, kids []*runtime.Object) (w, h float64) {
	sp := o.Property("spacing").ToFloat()
	d := dataOf(o)
	topToBottom := o.Property("flow").ToInteger() == 1
	limit, bounded := o.Property("width").ToFloat()-pad.left-pad.right, d.widthSet
	if topToBottom {
		limit, bounded = o.Property("height").ToFloat()-pad.top-pad.bottom, d.heightSet
	}
	var along, across, line float64 // position on the line, line start, line depth
	for i, x := range kids {
		xw, xh := x.Property("width").ToFloat(), x.Property("height").ToFloat()
		size, depth := xw, xh
		if topToBottom {
			size, depth = xh, xw
		}
		if i > 0 && bounded && along+size > limit {
			across += line + sp
			along, line = 0, 0
		}
		if topToBottom {
			place(x, pad.left+across, pad.top+along)
		} else {
			place(x, pad.left+along, pad.top+across)
		}
		along += size
		line = max(line, depth)
		if topToBottom {
			w, h = max(w, across+line), max(h, along)
		} else {
			w, h = max(w, along), max(h, across+line)
		}
		along += sp
	}
	return w, h
}
