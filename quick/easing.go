package quick

import (
	"math"

	"github.com/qmlrun/qmlrun/runtime"
)

// easingNames are the Easing enumeration keys in Qt's QEasingCurve::Type
// order (the index is the value).
var easingNames = []string{
	"Linear",
	"InQuad", "OutQuad", "InOutQuad", "OutInQuad",
	"InCubic", "OutCubic", "InOutCubic", "OutInCubic",
	"InQuart", "OutQuart", "InOutQuart", "OutInQuart",
	"InQuint", "OutQuint", "InOutQuint", "OutInQuint",
	"InSine", "OutSine", "InOutSine", "OutInSine",
	"InExpo", "OutExpo", "InOutExpo", "OutInExpo",
	"InCirc", "OutCirc", "InOutCirc", "OutInCirc",
	"InElastic", "OutElastic", "InOutElastic", "OutInElastic",
	"InBack", "OutBack", "InOutBack", "OutInBack",
	"InBounce", "OutBounce", "InOutBounce", "OutInBounce",
	"InCurve", "OutCurve", "SineCurve", "CosineCurve",
	"BezierSpline", "TCBSpline", "Custom",
}

// easingBezier is Easing.Bezier (QEasingCurve::BezierSpline).
const easingBezier = 45

// easingIn are the "in" forms of the families, by the family's first
// value; the out, in-out and out-in forms are derived from them.
var easingIn = map[int]func(t, amp, period, over float64) float64{
	1:  func(t, _, _, _ float64) float64 { return t * t },
	5:  func(t, _, _, _ float64) float64 { return t * t * t },
	9:  func(t, _, _, _ float64) float64 { return t * t * t * t },
	13: func(t, _, _, _ float64) float64 { return t * t * t * t * t },
	17: func(t, _, _, _ float64) float64 { return 1 - math.Cos(t*math.Pi/2) },
	21: func(t, _, _, _ float64) float64 {
		if t == 0 {
			return 0
		}
		return math.Pow(2, 10*(t-1))
	},
	25: func(t, _, _, _ float64) float64 { return 1 - math.Sqrt(1-t*t) },
	29: inElastic,
	33: func(t, _, _, over float64) float64 { return t * t * ((over+1)*t - over) },
	37: func(t, _, _, _ float64) float64 { return 1 - outBounce(1-t) },
}

// inElastic is a sine wave of the given period whose amplitude grows
// exponentially towards the end.
func inElastic(t, amp, period, _ float64) float64 {
	if t == 0 || t == 1 {
		return t
	}
	if period <= 0 {
		period = 0.3
	}
	var s float64
	if amp < 1 {
		amp, s = 1, period/4
	} else {
		s = period / (2 * math.Pi) * math.Asin(1/amp)
	}
	t--
	return -amp * math.Pow(2, 10*t) * math.Sin((t-s)*2*math.Pi/period)
}

// outBounce decelerates as a ball bouncing three times on the end value.
func outBounce(t float64) float64 {
	const k = 7.5625
	switch {
	case t < 1/2.75:
		return k * t * t
	case t < 2/2.75:
		t -= 1.5 / 2.75
		return k*t*t + 0.75
	case t < 2.5/2.75:
		t -= 2.25 / 2.75
		return k*t*t + 0.9375
	}
	t -= 2.625 / 2.75
	return k*t*t + 0.984375
}

// ease maps progress t (0..1) through the animation's easing curve.
// Types without an implementation here (the curves and splines) are
// linear.
func ease(o *runtime.Object, t float64) float64 {
	eg := o.Engine().ObjectOf(o.Property("easing"))
	if eg == nil {
		return t
	}
	typ := int(eg.Property("type").ToInteger())
	if typ < 1 || typ > 40 {
		return t
	}
	family := 1 + (typ-1)/4*4
	in := easingIn[family]
	amp, period, over := eg.Property("amplitude").ToFloat(), eg.Property("period").ToFloat(), eg.Property("overshoot").ToFloat()
	f := func(x float64) float64 { return in(x, amp, period, over) }
	out := func(x float64) float64 { return 1 - f(1-x) }
	switch (typ - 1) % 4 {
	case 0:
		return f(t)
	case 1:
		return out(t)
	case 2: // in-out
		if t < 0.5 {
			return f(2*t) / 2
		}
		return 0.5 + out(2*t-1)/2
	}
	// out-in
	if t < 0.5 {
		return out(2*t) / 2
	}
	return 0.5 + f(2*t-1)/2
}
