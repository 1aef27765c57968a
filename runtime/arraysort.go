package runtime

import (
	"unicode/utf16"

	"github.com/dop251/goja"
)

// Qt 6.4's Array.prototype.sort is not stable: its engine sorts an
// array's elements in place with the quicksort Qt 4 had (qSort: median of
// three, the pivot parked at the end), where goja's sort is stable. Scripts
// that sort records by a key with ties, or pass a comparator that returns
// a boolean (a > b), see a different order; qtSort reproduces Qt's.

// qtSortArrays replaces Array.prototype.sort by qtSort for arrays; other
// objects (QML lists, array-likes) keep goja's sort.
func (e *Engine) qtSortArrays() {
	e.wrapMethod("Array", "sort", func(sort goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			obj, isObj := c.This.(*goja.Object)
			cmp := c.Argument(0)
			_, isFn := goja.AssertFunction(cmp)
			if !isObj || !isQtSortable(obj) || !isFn && !goja.IsUndefined(cmp) || isSparse(obj) {
				return mustCall(sort, c.This, c.Arguments...)
			}
			e.qtSort(obj, cmp)
			return obj
		}
	})
}

// qtSort sorts the array as Qt's engine does: holes first move to the end
// (each filled by the last element), then the elements before them are
// sorted with Qt's quicksort, undefined after every other value.
func (e *Engine) qtSort(arr *goja.Object, cmp goja.Value) {
	n := int(arr.Get("length").ToInteger())
	vals := make([]goja.Value, n)
	present := make([]bool, n)
	for i := range vals {
		vals[i] = arr.Get(itoa(i)) // nil for a hole
		present[i] = vals[i] != nil
	}
	size := n
	for i := 0; i < size; i++ {
		if present[i] {
			continue
		}
		for size--; size > i && !present[size]; size-- {
		}
		vals[i], present[i] = vals[size], present[size]
		vals[size], present[size] = nil, false
	}
	s := &qtSorter{vals: vals[:size]}
	if fn, ok := goja.AssertFunction(cmp); ok {
		s.cmp = fn
	} else {
		s.keys = make([]string, size)
		for i, v := range s.vals {
			if !goja.IsUndefined(v) {
				s.keys[i] = v.String()
			}
		}
	}
	s.sort(0, size)
	for i := 0; i < n; i++ {
		if i < size {
			arr.Set(itoa(i), vals[i])
		} else {
			arr.Delete(itoa(i))
		}
	}
	if s.err != nil {
		panic(s.err)
	}
}

// isQtSortable reports whether obj is a JavaScript array (not a QML list
// property, which goja's sort handles).
func isQtSortable(obj *goja.Object) bool {
	t := obj.ExportType()
	return obj.ClassName() == "Array" && t != valueListType && t != listType
}

// isSparse reports whether a long array has far fewer elements than its
// length (arr.length = 1e9): goja's sort handles it without a slot for
// every index.
func isSparse(arr *goja.Object) bool {
	n := arr.Get("length").ToInteger()
	return n > 1<<16 && int64(len(arr.Keys())) < n/2
}

// qtSorter holds the elements being sorted, with their strings when no
// comparator is given.
type qtSorter struct {
	vals []goja.Value
	keys []string
	cmp  goja.Callable
	err  error // the comparator's first exception, thrown when done
}

// less is Qt's element order: undefined after everything; otherwise the
// comparator's result below zero, or the strings in UTF-16 order. Once the
// comparator has thrown, every pair compares false.
func (s *qtSorter) less(i, j int) bool {
	a, b := s.vals[i], s.vals[j]
	switch {
	case goja.IsUndefined(a):
		return false
	case goja.IsUndefined(b):
		return true
	case s.cmp == nil:
		return lessUTF16(s.keys[i], s.keys[j])
	case s.err != nil:
		return false
	}
	r, err := s.cmp(goja.Undefined(), a, b)
	if err != nil {
		s.err = err
		return false
	}
	return r.ToFloat() < 0
}

func (s *qtSorter) swap(i, j int) {
	s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
	if s.keys != nil {
		s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	}
}

// sort orders vals[start:end]: the median of the first, middle and last
// elements is parked at the end as the pivot, the rest partitioned around
// it from both sides, the pivot put between, and each side sorted (the
// right one by looping).
func (s *qtSorter) sort(start, end int) {
	for {
		span := end - start
		if span < 2 {
			return
		}
		last := end - 1
		low, high := start, last-1
		pivot := start + span/2
		if s.less(last, start) {
			s.swap(last, start)
		}
		if span == 2 {
			return
		}
		if s.less(pivot, start) {
			s.swap(pivot, start)
		}
		if s.less(last, pivot) {
			s.swap(last, pivot)
		}
		if span == 3 {
			return
		}
		s.swap(pivot, last)
		for low < high {
			for low < high && s.less(low, last) {
				low++
			}
			for high > low && s.less(last, high) {
				high--
			}
			if low >= high {
				break
			}
			s.swap(low, high)
			low++
			high--
		}
		if s.less(low, last) {
			low++
		}
		s.swap(last, low)
		s.sort(start, low)
		start = low + 1
	}
}

// lessUTF16 compares strings as QString does, by UTF-16 code units.
func lessUTF16(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if ra[i] == rb[i] {
			continue
		}
		return utf16Unit(ra[i]) < utf16Unit(rb[i]) || utf16Unit(ra[i]) == utf16Unit(rb[i]) && ra[i] < rb[i]
	}
	return len(ra) < len(rb)
}

// utf16Unit is the first UTF-16 code unit of r.
func utf16Unit(r rune) rune {
	if r >= 0x10000 {
		hi, _ := utf16.EncodeRune(r)
		return hi
	}
	return r
}
