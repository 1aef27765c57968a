package quick

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// Animations run headless with real timing, as Qt's do without a window:
// one driver per engine ticks every 16 ms (Qt's unified animation timer)
// and moves every running top-level animation to the time elapsed since
// it started. An animation inside a group is driven by the group, which
// hands each child its own local time.

// tickInterval is the period of Qt's animation driver.
const tickInterval = 16 * time.Millisecond

// infinite is Animation.Infinite, Qt's loops value for "forever".
const infinite = -2

type animKind uint8

const (
	kindProperty animKind = iota // PropertyAnimation, NumberAnimation, ColorAnimation
	kindPause
	kindScript
	kindAction // PropertyAction
	kindSequential
	kindParallel
)

// anim is the Go side of an animation object.
type anim struct {
	o     *runtime.Object
	kind  animKind
	color bool  // ColorAnimation: values interpolate as colors
	group *anim // the group it belongs to; nil for a top-level animation

	// Value source (`NumberAnimation on x {}`): the default target.
	srcTarget   *runtime.Object
	srcProperty string
	// Behavior: the Behavior running this animation tree, and the value
	// it animates to.
	behavior   *behavior
	behaviorTo goja.Value

	fromSet        bool // from was assigned: otherwise the current value is the start
	toSet          bool // to was assigned: otherwise the current value is the end
	complete       bool // componentComplete has run
	runningWritten bool // running was assigned before completion

	// Run state.
	running bool
	paused  bool
	started time.Time     // top level: when the current run began
	pausedT time.Duration // top level: time spent paused so far
	pauseAt time.Time
	stopAt  int // alwaysRunToEnd: stop at this total time (-1: not stopping)

	loop   int  // current loop
	begun  bool // the current run entered its first loop (from values taken)
	done   bool // child of a group: finished in the group's current loop
	fired  bool // ScriptAction / PropertyAction ran in this loop
	tracks []track
	kids   []*anim

	// A Transition's animation: the properties of the state change it
	// takes, from their old values to their new ones.
	inTransition bool
	transTracks  []track
	// transition: the Transition a top-level animation belongs to, whose
	// running follows its animations.
	transition *runtime.Object
}

// track is one animated property: values from and to.
type track struct {
	obj      *runtime.Object
	prop     string
	from, to goja.Value
}

// driver ticks the running top-level animations of one engine.
type driver struct {
	e      *runtime.Engine
	active []*anim
	cancel func()
}

var (
	driversMu sync.Mutex
	drivers   = map[*runtime.Engine]*driver{}
)

func driverOf(e *runtime.Engine) *driver {
	driversMu.Lock()
	defer driversMu.Unlock()
	d := drivers[e]
	if d == nil {
		d = &driver{e: e}
		drivers[e] = d
		e.OnStop(func() {
			if d.cancel != nil {
				d.cancel()
			}
			driversMu.Lock()
			delete(drivers, e)
			driversMu.Unlock()
		})
	}
	return d
}

func (d *driver) add(a *anim) {
	d.active = append(d.active, a)
	if d.cancel == nil {
		d.cancel = d.e.AfterFunc(tickInterval, d.tick)
	}
}

func (d *driver) remove(a *anim) {
	for i, x := range d.active {
		if x == a {
			d.active = append(d.active[:i], d.active[i+1:]...)
			break
		}
	}
	if len(d.active) == 0 && d.cancel != nil {
		d.cancel()
		d.cancel = nil
	}
}

// tick advances every running animation, in the order they started.
func (d *driver) tick() {
	d.cancel = nil
	now := time.Now()
	for _, a := range append([]*anim(nil), d.active...) {
		if !a.running || a.paused || a.o.Destroyed() {
			continue
		}
		a.advanceRoot(int(now.Sub(a.started)-a.pausedT) / int(time.Millisecond))
	}
	if len(d.active) > 0 && d.cancel == nil {
		d.cancel = d.e.AfterFunc(tickInterval, d.tick)
	}
}

func animOf(o *runtime.Object) *anim {
	a, _ := o.Data.(*anim)
	return a
}

// duration is the length of one loop in ms (-1: endless).
func (a *anim) duration() int {
	switch a.kind {
	case kindProperty, kindPause:
		return max(int(a.o.Property("duration").ToInteger()), 0)
	case kindSequential, kindParallel:
		// A sequence lasts the sum of its children, a parallel group
		// the longest of them.
		n := 0
		for _, k := range a.kids {
			t := k.total()
			if t < 0 {
				return -1
			}
			if a.kind == kindSequential {
				n += t
			} else {
				n = max(n, t)
			}
		}
		return n
	}
	return 0
}

// loops is the number of loops (-1: endless).
func (a *anim) loops() int {
	n := int(a.o.Property("loops").ToInteger())
	if n < 0 {
		return -1
	}
	return n
}

// total is the length of all loops in ms (-1: endless).
func (a *anim) total() int {
	d, n := a.duration(), a.loops()
	switch {
	case d == 0 || n == 0:
		return 0
	case d < 0 || n < 0:
		return -1
	}
	return d * n
}

// begin prepares a run: the group's children are listed and every
// animation is reset to the start of its first loop.
func (a *anim) begin() {
	a.loop, a.begun, a.done, a.fired = 0, false, false, false
	a.tracks = nil
	if a.kind == kindSequential || a.kind == kindParallel {
		a.kids = a.kids[:0]
		for _, x := range a.o.ListItems("animations") {
			if k := animOf(x); k != nil {
				k.group = a
				a.kids = append(a.kids, k)
			}
		}
		for _, k := range a.kids {
			k.begin()
		}
	}
}

// advance moves the animation to time t of its run (0 ≤ t ≤ total).
func (a *anim) advance(t int) {
	if !a.begun {
		a.begun = true
		a.enterLoop()
	}
	d, n := a.duration(), a.loops()
	loop, inner := 0, 0
	switch {
	case d == 0:
		loop = max(n-1, 0)
	case d < 0:
		inner = t
	default:
		loop, inner = t/d, t%d
		if n > 0 && loop >= n {
			loop, inner = n-1, d
		}
	}
	for a.loop < loop {
		a.update(max(d, 0))
		a.loop++
		a.fired = false
		for _, k := range a.kids {
			k.begin()
		}
		a.enterLoop()
	}
	a.update(inner)
}

// advanceEnd moves the animation to the end of the loop that ends at t:
// the end state of that loop, not the start of the next.
func (a *anim) advanceEnd(t int) {
	if d := a.duration(); d > 0 && t > 0 && t%d == 0 {
		a.advance(t - 1)
		a.update(d)
		return
	}
	a.advance(t)
}

// enterLoop runs at the start of each loop: a property animation takes its
// from values (the current ones when from is not set) on its first.
func (a *anim) enterLoop() {
	if a.kind == kindProperty && a.loop == 0 {
		var from goja.Value
		if a.fromSet {
			from = a.o.Property("from")
		}
		var to goja.Value
		if a.toSet {
			to = a.o.Property("to")
		}
		if a.behaviorTo != nil {
			to = a.behaviorTo
		}
		if a.inTransition {
			a.tracks = a.tracks[:0]
			for _, tr := range a.transTracks {
				if from != nil {
					if v, ok := tr.obj.Coerce(tr.prop, from); ok {
						tr.from = v
					}
				}
				if to != nil {
					if v, ok := tr.obj.Coerce(tr.prop, to); ok {
						tr.to = v
					}
				}
				a.tracks = append(a.tracks, tr)
			}
			return
		}
		a.tracks = a.resolveTracks(from, to)
	}
}

// update sets the state at local time t of the current loop.
func (a *anim) update(t int) {
	switch a.kind {
	case kindProperty:
		d := a.duration()
		p := 1.0
		if d > 0 {
			p = float64(t) / float64(d)
		}
		a.apply(p)
	case kindScript:
		if !a.fired {
			a.fired = true
			a.runScript()
		}
	case kindAction:
		if !a.fired {
			a.fired = true
			to := a.o.Property("value")
			if a.behaviorTo != nil {
				to = a.behaviorTo
			}
			if a.inTransition {
				for _, tr := range a.transTracks {
					a.write(tr.obj, tr.prop, tr.to)
				}
				break
			}
			for _, tr := range a.resolveTracks(nil, to) {
				a.write(tr.obj, tr.prop, tr.to)
			}
		}
	case kindSequential:
		off := 0
		for _, k := range a.kids {
			if k.done {
				off += k.total()
				continue
			}
			if t < off {
				break
			}
			kt := k.total()
			local := t - off
			if kt >= 0 && local >= kt {
				k.advance(kt)
				k.done = true
				off += kt
				continue
			}
			k.advance(local)
			break
		}
	case kindParallel:
		for _, k := range a.kids {
			if k.done {
				continue
			}
			kt := k.total()
			if kt >= 0 && t >= kt {
				k.advance(kt)
				k.done = true
				continue
			}
			k.advance(t)
		}
	}
}

// runScript evaluates a ScriptAction's script, in the scope it was
// written in.
func (a *anim) runScript() {
	for _, c := range a.o.CustomProperties() {
		if c.Name != "script" {
			continue
		}
		if _, err := c.Value(); err != nil {
			// As Qt: the exception, at the line it was thrown.
			file, line, msg := a.o.Engine().ExceptionLine(err)
			var ex *goja.Exception
			if errors.As(err, &ex) {
				if obj, ok := ex.Value().(*goja.Object); ok {
					if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
						msg = n.String() + ": " + msg
					}
				}
			}
			a.o.Warnf("%s:%d: %s", file, line, msg)
		}
	}
}

// resolveTracks lists the properties an animation or PropertyAction
// changes: property and properties on target and targets (for a value
// source, the property it is on when none is named).
func (a *anim) resolveTracks(from, to goja.Value) []track {
	objs, names := a.targetsAndNames()
	if len(objs) == 0 && a.srcTarget != nil {
		objs = append(objs, a.srcTarget)
	}
	if len(names) == 0 && a.srcProperty != "" {
		names = append(names, a.srcProperty)
	}
	var out []track
	for _, obj := range objs {
		for _, n := range names {
			owner, prop := resolveProp(obj, n)
			if owner == nil {
				if a.kind == kindProperty {
					a.o.Warnf("Cannot animate non-existent property \"%s\"", n)
				}
				continue
			}
			cur := owner.Property(prop)
			tr := track{obj: owner, prop: prop, from: cur, to: to}
			if from != nil {
				tr.from = from
			}
			if to == nil {
				tr.to = cur
			}
			if v, ok := owner.Coerce(prop, tr.from); ok {
				tr.from = v
			}
			if v, ok := owner.Coerce(prop, tr.to); ok {
				tr.to = v
			}
			out = append(out, tr)
		}
	}
	return out
}

// targetsAndNames returns the objects (target and targets) and the
// property names (property and properties) an animation names.
func (a *anim) targetsAndNames() (objs []*runtime.Object, names []string) {
	if t := a.o.Engine().ObjectOf(a.o.Property("target")); t != nil {
		objs = append(objs, t)
	}
	for _, t := range a.o.ListItems("targets") {
		if t != nil {
			objs = append(objs, t)
		}
	}
	if p := a.o.Property("property").String(); p != "" {
		names = append(names, p)
	}
	for _, p := range strings.Split(a.o.Property("properties").String(), ",") {
		if p = strings.TrimSpace(p); p != "" {
			names = append(names, p)
		}
	}
	return objs, names
}

// resolveProp follows a dotted name (font.pixelSize) to the object that
// holds the last part; nil if there is no such property.
func resolveProp(obj *runtime.Object, name string) (*runtime.Object, string) {
	parts := strings.Split(name, ".")
	for _, p := range parts[:len(parts)-1] {
		v := obj.Property(p)
		if v == nil {
			return nil, ""
		}
		if obj = obj.Engine().ObjectOf(v); obj == nil {
			return nil, ""
		}
	}
	last := parts[len(parts)-1]
	if obj.Property(last) == nil {
		return nil, ""
	}
	return obj, last
}

// write sets an animated property as Qt's animations do: the value goes
// through the property's setter and its binding is kept; a Behavior on it
// lets its own animation's writes through.
func (a *anim) write(obj *runtime.Object, prop string, v goja.Value) {
	if v == nil || obj.Destroyed() {
		return
	}
	if b := a.behaviorOf(); b != nil {
		b.writing = true
		defer func() { b.writing = false }()
	}
	if cv, ok := obj.Coerce(prop, v); ok {
		obj.SetInternal(prop, cv)
	}
}

// apply writes the tracks at progress p (0..1) of the loop; the end
// value is the exact `to`.
func (a *anim) apply(p float64) {
	eased := ease(a.o, p)
	for _, tr := range a.tracks {
		if p >= 1 {
			a.write(tr.obj, tr.prop, tr.to)
			continue
		}
		if v := interpolate(tr.obj.Runtime(), tr.from, tr.to, eased, a.color); v != nil {
			a.write(tr.obj, tr.prop, v)
		}
	}
}

// interpolate returns the value at eased progress k between from and to:
// numbers and colors interpolate; other values keep from until the end.
func interpolate(vm *goja.Runtime, from, to goja.Value, k float64, color bool) goja.Value {
	if from == nil || to == nil || goja.IsUndefined(to) || goja.IsNull(to) {
		return nil
	}
	if fo, ok := from.(*goja.Object); ok || color {
		to, ok2 := to.(*goja.Object)
		if ok && ok2 && !color && fo.Get("hslLightness") == nil && fo.Get("z") != nil {
			// vector3d (Vector3dAnimation): float components, given as
			// the "x,y,z" text the property converts.
			var parts []string
			for _, n := range []string{"x", "y", "z"} {
				f, t := float32(fo.Get(n).ToFloat()), float32(to.Get(n).ToFloat())
				parts = append(parts, strconv.FormatFloat(float64(f+(t-f)*float32(k)), 'g', -1, 32))
			}
			return vm.ToValue(strings.Join(parts, ","))
		}
		if !ok || !ok2 || fo.Get("hslLightness") == nil {
			return nil
		}
		var ch [4]int
		for i, n := range []string{"a", "r", "g", "b"} {
			f, t := fo.Get(n).ToFloat(), to.Get(n).ToFloat()
			ch[i] = int(math.Round((f + (t-f)*k) * 255))
		}
		return vm.ToValue(fmt.Sprintf("#%02x%02x%02x%02x", ch[0], ch[1], ch[2], ch[3]))
	}
	f, t := from.ToFloat(), to.ToFloat()
	if math.IsNaN(f) || math.IsNaN(t) {
		return nil
	}
	return vm.ToValue(f + (t-f)*k)
}

// advanceRoot moves a running top-level animation to elapsed time t and
// ends it when its last loop is over (or at the end of the loop an
// alwaysRunToEnd stop() asked for).
func (a *anim) advanceRoot(t int) {
	if a.loops() == 0 {
		// Qt runs an animation of no loops without ever moving it
		// from its start.
		if t == 0 {
			a.advance(0)
		}
		return
	}
	end := a.total()
	if a.stopAt >= 0 && (end < 0 || a.stopAt < end) {
		end = a.stopAt
	}
	if end >= 0 && t >= end {
		a.advanceEnd(end)
		a.finish()
		return
	}
	a.advance(t)
}

// start begins a run of a top-level animation: running reads true in
// onStarted, which comes before runningChanged, as in Qt; the state at
// time 0 is applied at once.
func (a *anim) start() {
	if a.running {
		return
	}
	a.running, a.paused, a.stopAt, a.pausedT = true, false, -1, 0
	a.started = time.Now()
	a.begin()
	a.o.SetSilently("running", true)
	a.emit("started")
	a.emit("runningChanged")
	if !a.running {
		return // stopped from onStarted
	}
	driverOf(a.o.Engine()).add(a)
	a.advanceRoot(0)
}

// halt ends a run: stopped, then runningChanged (and paused reset).
func (a *anim) halt() {
	a.running = false
	driverOf(a.o.Engine()).remove(a)
	wasPaused := a.paused
	a.paused = false
	ending := a.stopAt >= 0 // alwaysRunToEnd: running already reads false
	a.o.SetSilently("running", false)
	if wasPaused {
		a.o.SetSilently("paused", false)
	}
	a.emit("stopped")
	if !ending {
		a.emit("runningChanged")
	}
	if wasPaused {
		a.emit("pausedChanged")
	}
	if t := a.transition; t != nil && !transitionRunning(t) {
		t.SetInternal("running", false)
	}
}

// emit emits a signal of the animation; one a Behavior runs emits none,
// as in Qt.
func (a *anim) emit(signal string) {
	switch {
	case a.behavior != nil, a.inTransition:
		// A Behavior's or a Transition's animation signals nothing.
	case strings.HasSuffix(signal, "Changed"):
		a.o.EmitChanged(strings.TrimSuffix(signal, "Changed"))
	default:
		a.o.Emit(signal)
	}
}

// finish ends a run that reached its end: stopped, runningChanged, then
// finished.
func (a *anim) finish() {
	a.halt()
	a.emit("finished")
}

// stop stops a run where it is; with alwaysRunToEnd the current loop is
// played to its end first.
func (a *anim) stop() {
	if !a.running {
		return
	}
	if a.o.Property("alwaysRunToEnd").ToBoolean() {
		if d := a.duration(); d > 0 {
			// As in Qt, running reads false at once; the loop plays to
			// its end, then stopped and finished are emitted.
			if a.stopAt < 0 {
				a.stopAt = (a.loop + 1) * d
				a.o.SetSilently("running", false)
				a.emit("runningChanged")
			}
			if a.paused {
				a.resume()
			}
			return
		}
	}
	a.halt()
}

// completeRun jumps to the end values and finishes, as Qt's complete().
func (a *anim) completeRun() {
	if !a.running {
		return
	}
	if end := a.total(); end >= 0 {
		a.advanceEnd(end)
	}
	a.finish()
}

func (a *anim) pause() {
	if !a.running || a.paused {
		return
	}
	a.paused, a.pauseAt = true, time.Now()
	a.o.SetSilently("paused", true)
	a.emit("pausedChanged")
}

func (a *anim) resume() {
	if !a.paused {
		return
	}
	a.paused = false
	a.pausedT += time.Since(a.pauseAt)
	a.o.SetSilently("paused", false)
	a.emit("pausedChanged")
}

// rootOnly reports whether a control method may act on the animation;
// one inside a group is driven by the group, and Qt warns.
func (a *anim) rootOnly() bool {
	if a.group != nil {
		a.o.Warnf("setRunning() cannot be used on non-root animation nodes.")
		return false
	}
	return true
}

// stateSetter makes the setter of running or paused: before completion
// the value is kept (running is applied at completion); after, it calls
// on or off for a top-level animation and leaves the property to them.
func stateSetter(on, off func(a *anim), isRunning bool) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		a := animOf(o)
		if a == nil || !a.complete {
			if a != nil && isRunning {
				a.runningWritten = true
			}
			return v, true
		}
		if !a.rootOnly() {
			return nil, false
		}
		if v.ToBoolean() {
			on(a)
		} else {
			off(a)
		}
		return nil, false
	}
}

// animComplete marks the children of a group and starts an animation
// declared running (a value source runs unless running was set).
func animComplete(o *runtime.Object) {
	a := animOf(o)
	a.complete = true
	for _, x := range o.ListItems("animations") {
		if k := animOf(x); k != nil {
			k.group = a
		}
	}
	run := o.Property("running").ToBoolean()
	if a.srcTarget != nil && !a.runningWritten {
		run = true
	}
	if !run {
		return
	}
	if a.group != nil {
		a.rootOnly()
		o.SetSilently("running", false)
		return
	}
	o.SetSilently("running", false)
	a.start()
}

// animMethod makes a control method that acts on top-level animations.
func animMethod(name string, f func(a *anim)) runtime.MethodSpec {
	return runtime.MethodSpec{Name: name, Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
		if a := animOf(o); a != nil && a.rootOnly() {
			f(a)
		}
		return goja.Undefined()
	}}
}

// animSpec is one animation type; kind says how it runs.
func animSpec(name, base, class string, kind animKind, props ...runtime.PropertySpec) *runtime.TypeSpec {
	color := name == "ColorAnimation"
	s := &runtime.TypeSpec{
		Name: name, Base: base, ClassName: class, Properties: props,
		Init: func(o *runtime.Object) {
			o.Data = &anim{o: o, kind: kind, color: color, stopAt: -1}
			if o.Property("easing") != nil {
				group(o, "easing", "QQuickEasingCurve")
			}
		},
	}
	switch kind {
	case kindProperty, kindAction:
		s.ValueSource = func(o, target *runtime.Object, property string) {
			if a := animOf(o); a != nil {
				a.srcTarget, a.srcProperty = target, property
			}
		}
	case kindScript:
		// script is a script string, evaluated when the action runs.
		s.AnyProperty = true
	case kindSequential, kindParallel:
		s.DefaultProperty = "animations"
	}
	return s
}

// targetProps are the properties naming what an animation changes.
func targetProps() []runtime.PropertySpec {
	return []runtime.PropertySpec{
		{Name: "target", Type: "QtObject"},
		{Name: "targets", Type: "list<QtObject>"},
		{Name: "property", Type: "string"},
		{Name: "properties", Type: "string"},
		{Name: "exclude", Type: "list<QtObject>"},
	}
}

// durationProp is an animation's duration in ms; Qt refuses a negative
// one with a warning.
func durationProp() runtime.PropertySpec {
	return runtime.PropertySpec{Name: "duration", Type: "int", Default: 250,
		Set: func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
			if v.ToInteger() < 0 {
				o.Warnf("Cannot set a duration of < 0")
				return nil, false
			}
			return v, true
		}}
}

// fromTo declares from and to with the type of the animation's values
// (NumberAnimation's are real, ColorAnimation's color); setting one marks
// it given (an unset one is the property's current value, as in Qt).
func fromTo(typ string) []runtime.PropertySpec {
	mark := func(field func(a *anim) *bool) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
			if a := animOf(o); a != nil {
				*field(a) = true
			}
			return v, true
		}
	}
	return []runtime.PropertySpec{
		{Name: "from", Type: typ, Set: mark(func(a *anim) *bool { return &a.fromSet })},
		{Name: "to", Type: typ, Set: mark(func(a *anim) *bool { return &a.toSet })},
	}
}

// animationTypes returns the animation types of QtQuick.
func animationTypes() []*runtime.TypeSpec {
	easingEnums := map[string]int{}
	for i, n := range easingNames {
		easingEnums[n] = i
	}
	easingEnums["Bezier"] = easingBezier
	propAnim := append(append(targetProps(), fromTo("var")...),
		durationProp(),
		runtime.PropertySpec{Name: "easing", Type: "QQuickEasingCurve", ReadOnly: true},
	)
	return []*runtime.TypeSpec{
		{Name: "Easing", Base: "QtObject", ClassName: "QEasingCurve", Uncreatable: "Easing is not creatable",
			Enums: easingEnums},
		{Name: "QQuickEasingCurve", Base: "QtObject", ClassName: "QEasingCurve", Uncreatable: "easing is a value type",
			Properties: []runtime.PropertySpec{
				{Name: "type", Type: "int"},
				{Name: "amplitude", Type: "real", Default: 1},
				{Name: "period", Type: "real", Default: 0.3},
				{Name: "overshoot", Type: "real", Default: 1.70158},
				{Name: "bezierCurve", Type: "var"},
			}},
		{Name: "Animation", Base: "QtObject", ClassName: "QQuickAbstractAnimation",
			Uncreatable: "Animation is an abstract class",
			Properties: []runtime.PropertySpec{
				{Name: "running", Type: "bool", Set: stateSetter((*anim).start, (*anim).stop, true)},
				{Name: "loops", Type: "int", Default: 1},
				{Name: "paused", Type: "bool", Set: stateSetter((*anim).pause, (*anim).resume, false)},
				{Name: "alwaysRunToEnd", Type: "bool"},
			},
			Signals: []runtime.SignalSpec{{Name: "started"}, {Name: "stopped"}, {Name: "finished"}},
			Methods: []runtime.MethodSpec{
				animMethod("start", (*anim).start),
				animMethod("stop", (*anim).stop),
				animMethod("pause", (*anim).pause),
				animMethod("resume", (*anim).resume),
				animMethod("restart", func(a *anim) { a.halt2(); a.start() }),
				animMethod("complete", (*anim).completeRun),
			},
			Enums:    map[string]int{"Infinite": infinite},
			Complete: animComplete,
			Destroy: func(o *runtime.Object) {
				if a := animOf(o); a != nil && a.running {
					a.running = false
					driverOf(o.Engine()).remove(a)
				}
			}},
		animSpec("PropertyAnimation", "Animation", "QQuickPropertyAnimation", kindProperty, propAnim...),
		animSpec("NumberAnimation", "PropertyAnimation", "QQuickNumberAnimation", kindProperty, fromTo("real")...),
		animSpec("ColorAnimation", "PropertyAnimation", "QQuickColorAnimation", kindProperty, fromTo("color")...),
		animSpec("Vector3dAnimation", "PropertyAnimation", "QQuickVector3dAnimation", kindProperty, fromTo("vector3d")...),
		animSpec("PauseAnimation", "Animation", "QQuickPauseAnimation", kindPause,
			durationProp()),
		animSpec("ScriptAction", "Animation", "QQuickScriptAction", kindScript,
			runtime.PropertySpec{Name: "scriptName", Type: "string"}),
		animSpec("PropertyAction", "Animation", "QQuickPropertyAction", kindAction,
			append(targetProps(), runtime.PropertySpec{Name: "value", Type: "var"})...),
		behaviorSpec(),
		animSpec("SequentialAnimation", "Animation", "QQuickSequentialAnimation", kindSequential,
			runtime.PropertySpec{Name: "animations", Type: "list<QtObject>"}),
		animSpec("ParallelAnimation", "Animation", "QQuickParallelAnimation", kindParallel,
			runtime.PropertySpec{Name: "animations", Type: "list<QtObject>"}),
	}
}

// halt2 stops a run for restart(): as stop(), without alwaysRunToEnd.
func (a *anim) halt2() {
	if a.running {
		a.halt()
	}
}
