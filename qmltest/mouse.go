package qmltest

import (
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// The mouse functions deliver their events to MouseAreas, the only items
// qmlrun has that take the mouse, as QQuickWindow and QQuickMouseArea do:
// a press goes to the topmost visible, enabled MouseArea under the point
// that accepts the button and grabs the mouse; the release goes to the
// grabber wherever it happens.

// mouseState is the MouseArea that grabbed the mouse and its double-click
// bookkeeping.
type mouseState struct {
	grabber     *runtime.Object
	button      int64
	doubleClick bool // the grabbing press was the second one of a double click
	// The press's window point; once a move passed drag.threshold, where
	// that move was and where drag.target was then (it follows from the
	// next move on).
	pressX, pressY float64
	armed          bool
	startX, startY float64
	targetX        float64
	targetY        float64
	// held: pressAndHold came; cancelHold stops its timer.
	held       bool
	cancelHold func()
}

// isMouseArea reports whether an object is a MouseArea (or made from one).
func isMouseArea(o *runtime.Object) bool {
	return o.Property("acceptedButtons") != nil && o.Property("pressAndHoldInterval") != nil
}

// sceneOrigin is where an item's (0, 0) lies in its window: the sum of the
// positions of it and its visual ancestors, the topmost of which (root)
// lies in the window's content item.
func sceneOrigin(o *runtime.Object) (x, y float64, root *runtime.Object) {
	for root = o; ; {
		x += root.Property("x").ToFloat()
		y += root.Property("y").ToFloat()
		p := root.Engine().ObjectOf(valueOrUndefined(root.Property("parent")))
		if p == nil || p.Property("anchors") == nil {
			return x, y, root
		}
		root = p
	}
}

// mouseAreasAt lists the MouseAreas under a point of item o's parent
// coordinates that accept the button, topmost first: children painted later
// (or with a higher z) first, each before the item itself.
func mouseAreasAt(o *runtime.Object, px, py float64, button int64, found []*runtime.Object) []*runtime.Object {
	if !o.Property("visible").ToBoolean() || !o.Property("enabled").ToBoolean() {
		return found
	}
	lx, ly := px-o.Property("x").ToFloat(), py-o.Property("y").ToFloat()
	inside := lx >= 0 && ly >= 0 && lx < o.Property("width").ToFloat() && ly < o.Property("height").ToFloat()
	if !inside && o.Property("clip").ToBoolean() {
		return found // a clipping item's children take no point outside it
	}
	kids := o.ListItems("children")
	sort.SliceStable(kids, func(i, j int) bool {
		return kids[i] != nil && kids[j] != nil && kids[i].Property("z").ToFloat() < kids[j].Property("z").ToFloat()
	})
	for i := len(kids) - 1; i >= 0; i-- {
		if kids[i] != nil && kids[i].Property("anchors") != nil {
			found = mouseAreasAt(kids[i], lx, ly, button, found)
		}
	}
	if isMouseArea(o) && o.Property("acceptedButtons").ToInteger()&button != 0 && inside {
		found = append(found, o)
	}
	return found
}

// mouseArgs are the arguments of a mouse function: the point in the item
// (its center by default) and the button (argument buttonArg, none if
// negative).
func mouseArgs(item *runtime.Object, c goja.FunctionCall, buttonArg int) (x, y float64, button int64) {
	x, y = item.Property("width").ToFloat()/2, item.Property("height").ToFloat()/2
	if v := c.Argument(1); !goja.IsUndefined(v) {
		x = v.ToFloat()
	}
	if v := c.Argument(2); !goja.IsUndefined(v) {
		y = v.ToFloat()
	}
	button = 1 // Qt.LeftButton
	if buttonArg >= 0 && !goja.IsUndefined(c.Argument(buttonArg)) {
		button = c.Argument(buttonArg).ToInteger()
	}
	return x, y, button
}

// mouseEvent is the MouseEvent a MouseArea's handlers get.
func (r *runner) mouseEvent(x, y float64, button, buttons int64, modifiers goja.Value, click bool) *goja.Object {
	ev := r.e.Runtime().NewObject()
	for k, v := range map[string]any{"x": x, "y": y, "button": button, "buttons": buttons,
		"wasHeld": false, "isClick": click, "accepted": true, "source": 0, "flags": 0} {
		_ = ev.Set(k, v)
	}
	if goja.IsUndefined(modifiers) {
		modifiers = r.e.Runtime().ToValue(0)
	}
	_ = ev.Set("modifiers", modifiers)
	return ev
}

// setChanged sets a read-only property and emits its change signal.
func setChanged(o *runtime.Object, name string, v any) {
	o.SetSilently(name, v)
	o.EmitChanged(name)
}

// setHovered is QQuickMouseArea::setHovered.
func setHovered(m *runtime.Object, h bool) {
	if m.Property("containsMouse").ToBoolean() == h {
		return
	}
	setChanged(m, "containsMouse", h)
	if h {
		m.Emit("entered")
	} else {
		m.Emit("exited")
	}
	if m.Property("pressed").ToBoolean() {
		setChanged(m, "containsPress", h)
	}
}

// mousePress presses a button at (x, y) of item.
func (r *runner) mousePress(item *runtime.Object, x, y float64, button int64, modifiers goja.Value, double bool) {
	ox, oy, root := sceneOrigin(item)
	sx, sy := ox+x, oy+y
	for _, m := range mouseAreasAt(root, sx, sy, button, nil) {
		if r.pressArea(m, sx, sy, button, modifiers, double) {
			return
		}
	}
}

// pressArea delivers a press at a window point to a MouseArea, as
// QQuickMouseArea::setPressed does; it reports whether the area accepted
// it (its onPressed handler may refuse it: mouse.accepted = false).
func (r *runner) pressArea(m *runtime.Object, sx, sy float64, button int64, modifiers goja.Value, double bool) bool {
	mx, my, _ := sceneOrigin(m)
	lx, ly := sx-mx, sy-my
	setHovered(m, true)
	m.SetSilently("mouseX", lx)
	m.SetSilently("mouseY", ly)
	m.SetSilently("pressed", true)
	m.SetSilently("containsPress", true)
	m.SetSilently("pressedButtons", button)
	ev := r.mouseEvent(lx, ly, button, button, modifiers, false)
	m.Emit("pressed", ev)
	m.EmitChanged("mouseX")
	m.EmitChanged("mouseY")
	if !ev.Get("accepted").ToBoolean() {
		m.SetSilently("pressed", false)
		m.SetSilently("containsPress", false)
		m.SetSilently("pressedButtons", 0)
		if !m.Property("hoverEnabled").ToBoolean() {
			setHovered(m, false)
		}
		return false
	}
	r.mouse = mouseState{grabber: m, button: button, doubleClick: double, pressX: sx, pressY: sy}
	if m.Connected("pressAndHold") {
		// Held for pressAndHoldInterval, the press is a long press: no
		// click follows (only with a handler, as QQuickMouseArea checks).
		st := &r.mouse
		st.cancelHold = r.e.AfterFunc(time.Duration(m.Property("pressAndHoldInterval").ToInteger())*time.Millisecond, func() {
			if r.mouse.grabber != m || m.Destroyed() {
				return
			}
			r.mouse.held = true
			ev := r.mouseEvent(m.Property("mouseX").ToFloat(), m.Property("mouseY").ToFloat(), button, button, modifiers, false)
			_ = ev.Set("wasHeld", true)
			m.Emit("pressAndHold", ev)
		})
	}
	m.EmitChanged("pressed")
	m.EmitChanged("containsPress")
	m.EmitChanged("pressedButtons")
	if double {
		m.Emit("doubleClicked", r.mouseEvent(lx, ly, button, button, modifiers, false))
	}
	return true
}

// mouseRelease releases the button at (x, y) of item, to the grabber.
func (r *runner) mouseRelease(item *runtime.Object, x, y float64, modifiers goja.Value) {
	st := r.mouse
	r.mouse = mouseState{}
	if st.cancelHold != nil {
		st.cancelHold()
	}
	m := st.grabber
	if m == nil {
		return
	}
	ox, oy, _ := sceneOrigin(item)
	mx, my, _ := sceneOrigin(m)
	lx, ly := ox+x-mx, oy+y-my
	m.SetSilently("pressed", false)
	m.SetSilently("containsPress", false)
	m.SetSilently("pressedButtons", 0)
	// A press moved out of the area, or that dragged, is no click.
	drag := dragOf(m)
	click := m.Property("containsMouse").ToBoolean() && !st.armed
	rel := r.mouseEvent(lx, ly, st.button, 0, modifiers, click)
	_ = rel.Set("wasHeld", st.held)
	m.Emit("released", rel)
	m.EmitChanged("pressed")
	m.EmitChanged("containsPress")
	m.EmitChanged("pressedButtons")
	if drag != nil && drag.Property("active").ToBoolean() {
		setChanged(drag, "active", false)
	}
	if click && !st.doubleClick && !st.held {
		m.Emit("clicked", r.mouseEvent(lx, ly, st.button, 0, modifiers, true))
	}
	if !m.Property("hoverEnabled").ToBoolean() {
		setHovered(m, false)
	}
}

// mouseMove moves the mouse to (x, y) of item: the area holding a press
// follows it (QQuickMouseArea::mouseMoveEvent), hovering or not; without a
// press nothing is delivered.
func (r *runner) mouseMove(item *runtime.Object, x, y float64) {
	m := r.mouse.grabber
	if m == nil || m.Destroyed() {
		return
	}
	ox, oy, _ := sceneOrigin(item)
	sx, sy := ox+x, oy+y
	r.dragMove(m, sx, sy)
	mx, my, _ := sceneOrigin(m)
	lx, ly := sx-mx, sy-my
	setHovered(m, lx >= 0 && ly >= 0 && lx < m.Property("width").ToFloat() && ly < m.Property("height").ToFloat())
	m.SetSilently("mouseX", lx)
	m.SetSilently("mouseY", ly)
	m.EmitChanged("mouseX")
	m.EmitChanged("mouseY")
	m.Emit("positionChanged", r.mouseEvent(lx, ly, 0, r.mouse.button, goja.Undefined(), false))
}

// touchEvent is TestCase.touchEvent: a TouchEventSequence whose press,
// move, release and stationary calls are queued and delivered by commit().
// A MouseArea gets the first touch point as the mouse.
func (r *runner) touchEvent(item *runtime.Object) goja.Value {
	vm := r.e.Runtime()
	seq := vm.NewObject()
	type point struct {
		kind   string
		target *runtime.Object
		x, y   float64
	}
	var queued []point
	first := int64(-1) // the touch point standing for the mouse
	step := func(kind string) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			if goja.IsUndefined(c.Argument(0)) {
				r.addFailure("No id given to TouchEventSequence::"+kind, r.callerLoc())
				r.throw("fail", at(399))
			}
			id := c.Argument(0).ToInteger()
			target := item
			if t := r.e.ObjectOf(c.Argument(1)); t != nil && c.Argument(1).ToBoolean() {
				target = t
			}
			x, y := target.Property("width").ToFloat()/2, target.Property("height").ToFloat()/2
			if v := c.Argument(2); !goja.IsUndefined(v) {
				x = v.ToFloat()
			}
			if v := c.Argument(3); !goja.IsUndefined(v) {
				y = v.ToFloat()
			}
			if kind == "press" && first < 0 {
				first = id
			}
			if id == first && kind != "stationary" {
				queued = append(queued, point{kind, target, x, y})
				if kind == "release" {
					first = -1
				}
			}
			return seq
		}
	}
	for _, k := range []string{"press", "move", "release", "stationary"} {
		_ = seq.Set(k, step(k))
	}
	_ = seq.Set("commit", func(goja.FunctionCall) goja.Value {
		pts := queued
		queued = nil
		for _, p := range pts {
			switch p.kind {
			case "press":
				r.mousePress(p.target, p.x, p.y, 1, goja.Undefined(), false)
			case "move":
				r.mouseMove(p.target, p.x, p.y)
			case "release":
				r.mouseRelease(p.target, p.x, p.y, goja.Undefined())
			}
		}
		return seq
	})
	return seq
}

// mouseWheel turns the wheel at (x, y) of item: the topmost MouseArea under
// the point with a wheel handler gets it (QQuickMouseArea::wheelEvent
// ignores the event without one). Without a point nothing is delivered.
func (r *runner) mouseWheel(item *runtime.Object, c goja.FunctionCall) {
	if goja.IsUndefined(c.Argument(1)) || goja.IsUndefined(c.Argument(2)) {
		return
	}
	ox, oy, root := sceneOrigin(item)
	sx, sy := ox+c.Argument(1).ToFloat(), oy+c.Argument(2).ToFloat()
	vm := r.e.Runtime()
	point := func(x, y int64) *goja.Object {
		p := vm.NewObject()
		_ = p.Set("x", x)
		_ = p.Set("y", y)
		_ = p.Set("toString", func(goja.FunctionCall) goja.Value {
			return vm.ToValue("QPoint(" + strconv.FormatInt(x, 10) + ", " + strconv.FormatInt(y, 10) + ")")
		})
		return p
	}
	for _, m := range mouseAreasAt(root, sx, sy, -1, nil) {
		if !m.Connected("wheel") {
			continue
		}
		mx, my, _ := sceneOrigin(m)
		ev := vm.NewObject()
		for k, v := range map[string]any{"x": sx - mx, "y": sy - my,
			"angleDelta": point(c.Argument(3).ToInteger(), c.Argument(4).ToInteger()), "pixelDelta": point(0, 0),
			"buttons": c.Argument(5).ToInteger(), "modifiers": c.Argument(6).ToInteger(), "inverted": false, "accepted": true} {
			_ = ev.Set(k, v)
		}
		m.Emit("wheel", ev)
		if ev.Get("accepted").ToBoolean() {
			return
		}
	}
}

// dragOf is a MouseArea's drag group when it has a target, or nil.
func dragOf(m *runtime.Object) *runtime.Object {
	d := m.Engine().ObjectOf(valueOrUndefined(m.Property("drag")))
	if d == nil || m.Engine().ObjectOf(valueOrUndefined(d.Property("target"))) == nil {
		return nil
	}
	return d
}

// dragMove is the drag.target part of QQuickMouseArea::mouseMoveEvent: the
// first move beyond drag.threshold from the press starts the drag there;
// from the next move on the drag is active and the target follows the
// mouse along the drag's axes, within its bounds.
func (r *runner) dragMove(m *runtime.Object, sx, sy float64) {
	d := dragOf(m)
	if d == nil {
		return
	}
	target := r.e.ObjectOf(d.Property("target"))
	st := &r.mouse
	if !st.armed {
		th := d.Property("threshold").ToFloat()
		if math.Abs(sx-st.pressX) > th || math.Abs(sy-st.pressY) > th {
			st.armed = true
			st.startX, st.startY = sx, sy
			st.targetX, st.targetY = target.Property("x").ToFloat(), target.Property("y").ToFloat()
		}
		return
	}
	if !d.Property("active").ToBoolean() {
		setChanged(d, "active", true)
	}
	axis := d.Property("axis").ToInteger()
	bound := func(v float64, lo, hi string) float64 {
		return math.Max(d.Property(lo).ToFloat(), math.Min(v, d.Property(hi).ToFloat()))
	}
	if axis&1 != 0 {
		_ = target.SetProperty("x", bound(st.targetX+sx-st.startX, "minimumX", "maximumX"))
	}
	if axis&2 != 0 {
		_ = target.SetProperty("y", bound(st.targetY+sy-st.startY, "minimumY", "maximumY"))
	}
}

// mouseDrag is TestCase.mouseDrag: a press at (x, y) of item, a move just
// past the platform's drag distance (10) along the axes dragged forward,
// two intermediate moves when a third of the distance passes it, the move
// to (x + dx, y + dy) and the release there, each point taken in item's
// coordinates at the time.
func (r *runner) mouseDrag(item *runtime.Object, c goja.FunctionCall) {
	const dragThreshold = 10
	x, y, button := mouseArgs(item, c, 5)
	dx, dy := c.Argument(3).ToFloat(), c.Argument(4).ToFloat()
	mods := c.Argument(6)
	step := func(d float64) float64 {
		s := math.Floor(d/3 + 0.5) // Math.round
		if math.Abs(s) < dragThreshold+1 {
			return 0
		}
		return s
	}
	ix, iy := step(dx), step(dy)
	var tx, ty float64
	if dx > 0 {
		tx = dragThreshold + 1
	}
	if dy > 0 {
		ty = dragThreshold + 1
	}
	r.mousePress(item, x, y, button, mods, false)
	r.mouseMove(item, x+tx, y+ty)
	if ix != 0 || iy != 0 {
		r.mouseMove(item, x+ix, y+iy)
		r.mouseMove(item, x+2*ix, y+2*iy)
	}
	r.mouseMove(item, x+dx, y+dy)
	r.mouseRelease(item, x+dx, y+dy, mods)
}
