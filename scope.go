package newsdoc

import "golang.org/x/net/html/atom"

// openIndex knows where the open elements of each name are on the
// parser's stack, so that closing implied elements and matching an end
// tag cost constant work instead of a walk down the stack: with nesting
// thousands deep, walks would make the work quadratic in the input.
//
// The elements that scopes name have a slot that lists their stack
// indexes; the common ones (div, span, a…) have a slot that counts them,
// and every other name a count by name.
type openIndex struct {
	at    [slotDiv][]int32 // stack indexes of the open elements of the slots scopes name
	count [numSlots]int32  // open elements of the common slots, slotDiv and after, which no scope names
	other map[string]int32 // open elements of other names, by name
}

// Slots of the elements the scopes of the HTML parsing algorithm name.
const (
	slotP = iota
	slotLi
	slotDd
	slotDt
	slotTr
	slotTd
	slotTh
	slotHead
	slotApplet
	slotCaption
	slotHTML
	slotTable
	slotMarquee
	slotObject
	slotTemplate
	slotButton
	slotOl
	slotUl
	slotMenu
	slotBlockquote
	slotDiv // common elements, from here on: a count without a map, and no stack indexes
	slotSpan
	slotA
	slotB
	slotStrong
	slotFont
	slotSection
	numSlots
)

func slotOf(a atom.Atom) int {
	switch a {
	case atom.P:
		return slotP
	case atom.Li:
		return slotLi
	case atom.Dd:
		return slotDd
	case atom.Dt:
		return slotDt
	case atom.Tr:
		return slotTr
	case atom.Td:
		return slotTd
	case atom.Th:
		return slotTh
	case atom.Head:
		return slotHead
	case atom.Applet:
		return slotApplet
	case atom.Caption:
		return slotCaption
	case atom.Html:
		return slotHTML
	case atom.Table:
		return slotTable
	case atom.Marquee:
		return slotMarquee
	case atom.Object:
		return slotObject
	case atom.Template:
		return slotTemplate
	case atom.Button:
		return slotButton
	case atom.Ol:
		return slotOl
	case atom.Ul:
		return slotUl
	case atom.Menu:
		return slotMenu
	case atom.Blockquote:
		return slotBlockquote
	case atom.Div:
		return slotDiv
	case atom.Span:
		return slotSpan
	case atom.A:
		return slotA
	case atom.B:
		return slotB
	case atom.Strong:
		return slotStrong
	case atom.Font:
		return slotFont
	case atom.Section:
		return slotSection
	}
	return -1
}

// Scopes of the HTML parsing algorithm: a search for an open element
// stops at any of these.
var (
	defaultScope = []int{slotApplet, slotCaption, slotHTML, slotTable, slotTd, slotTh, slotMarquee, slotObject, slotTemplate}
	buttonScope  = append([]int{slotButton}, defaultScope...)
	listScope    = append([]int{slotOl, slotUl, slotMenu, slotBlockquote}, defaultScope...)
	tableScope   = []int{slotHTML, slotTable, slotTemplate}
	rowScope     = append([]int{slotTr}, tableScope...)
)

func otherKey(a atom.Atom, name string) string {
	if a != 0 {
		return a.String()
	}
	return name
}

// push records the element at stack index i.
func (x *openIndex) push(a atom.Atom, name string, i int) {
	if s := slotOf(a); s >= slotDiv {
		x.count[s]++
		return
	} else if s >= 0 {
		x.at[s] = append(x.at[s], int32(i))
		return
	}
	if x.other == nil {
		x.other = map[string]int32{}
	}
	x.other[otherKey(a, name)]++
}

// pop forgets the element on top of the stack.
func (x *openIndex) pop(a atom.Atom, name string) {
	if s := slotOf(a); s >= slotDiv {
		x.count[s]--
		return
	} else if s >= 0 {
		x.at[s] = x.at[s][:len(x.at[s])-1]
		return
	}
	k := otherKey(a, name)
	if x.other[k]--; x.other[k] == 0 {
		delete(x.other, k)
	}
}

// isOpen reports whether an element of the name is open.
func (x *openIndex) isOpen(a atom.Atom, name string) bool {
	if s := slotOf(a); s >= slotDiv {
		return x.count[s] > 0
	} else if s >= 0 {
		return len(x.at[s]) > 0
	}
	return x.other[otherKey(a, name)] > 0
}

// top returns the stack index of the topmost open element in a slot
// before slotDiv, or -1.
func (x *openIndex) top(s int) int {
	if n := len(x.at[s]); n > 0 {
		return int(x.at[s][n-1])
	}
	return -1
}

// inScope returns the stack index of the topmost open element among the
// targets, when no element of the scope lies above it, or -1.
func (x *openIndex) inScope(scope []int, targets ...int) int {
	found := -1
	for _, t := range targets {
		found = max(found, x.top(t))
	}
	if found < 0 {
		return -1
	}
	for _, s := range scope {
		if x.top(s) > found {
			return -1
		}
	}
	return found
}

// keepAt keeps s[i] in out, the elements kept so far of s as it is
// filtered in place (out shares s's array, and len(out) <= i): it copies
// s[i] down only when an element before it was dropped. A loop that
// keeps most elements then moves none of them.
func keepAt[T any](out, s []T, i int) []T {
	if len(out) == i {
		return s[:i+1]
	}
	return append(out, s[i])
}

// chunked is a list built by appending, in chunks that never move,
// copied once into a slice of its exact length at the end. Appending to
// one slice copies it whenever it grows: five times its final size in
// all for a large slice. The first chunk has the capacity guessed up
// front, so that a list that fits it is never copied. The zero value is
// an empty list whose first chunk comes with its first element.
type chunked[T any] struct {
	done [][]T
	cur  []T
	n    int
}

func newChunked[T any](guess int) chunked[T] {
	return chunked[T]{cur: make([]T, 0, max(guess, 8))}
}

// add appends v and returns where it is kept, which never changes.
func (c *chunked[T]) add(v T) *T {
	if len(c.cur) == cap(c.cur) {
		if c.cur != nil {
			c.done = append(c.done, c.cur)
		}
		c.cur = make([]T, 0, max(8, min(2*cap(c.cur), 1<<14)))
	}
	c.cur = append(c.cur, v)
	c.n++
	return &c.cur[len(c.cur)-1]
}

// last returns the last element added, or nil.
func (c *chunked[T]) last() *T {
	switch {
	case len(c.cur) > 0:
		return &c.cur[len(c.cur)-1]
	case len(c.done) > 0:
		d := c.done[len(c.done)-1]
		return &d[len(d)-1]
	}
	return nil
}

// pointers returns pointers to the elements, in order, in a slice of
// their number.
func (c *chunked[T]) pointers() []*T {
	out := make([]*T, 0, c.n)
	for _, d := range c.done {
		for i := range d {
			out = append(out, &d[i])
		}
	}
	for i := range c.cur {
		out = append(out, &c.cur[i])
	}
	return out
}

// slice returns the elements in order.
func (c *chunked[T]) slice() []T {
	if len(c.done) == 0 {
		return c.cur
	}
	out := make([]T, 0, c.n)
	for _, d := range c.done {
		out = append(out, d...)
	}
	return append(out, c.cur...)
}

// frameStack is the stack of open elements, kept in chunks of
// frameChunk frames: a push never copies the frames below it, so deep
// nesting costs the frames it holds and no more (a slice that grows by
// copying leaves up to four times as much behind it for the collector).
type frameStack struct {
	chunks [][]frame
	n      int
}

const frameChunk = 64

func (s *frameStack) len() int { return s.n }

// at returns the frame at depth i (0 the outermost); i < s.len().
func (s *frameStack) at(i int) *frame { return &s.chunks[i/frameChunk][i%frameChunk] }

func (s *frameStack) push(f frame) {
	if s.n/frameChunk == len(s.chunks) {
		s.chunks = append(s.chunks, make([]frame, frameChunk))
	}
	*s.at(s.n) = f
	s.n++
}

// truncate drops the frames from depth i up; its chunks stay, for the
// pushes to come.
func (s *frameStack) truncate(i int) { s.n = i }
