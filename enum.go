package newsdoc

import "fmt"

// enum is the table of names of an enumerated type whose values count
// from 0. It gives the type's String, MarshalText and UnmarshalText, so
// that every enum of the package reads and writes its names alike.
type enum[T ~uint8] struct {
	typ   string   // the type's name, for a value out of range: "Kind(99)"
	what  string   // what a value is, in errors: "paragraph kind"
	names []string // the names, by value
}

// valid reports whether v is one of the type's values.
func (e *enum[T]) valid(v T) bool { return int(v) < len(e.names) }

// String returns v's name, or "Type(v)" for a value out of range.
func (e *enum[T]) String(v T) string {
	if e.valid(v) {
		return e.names[v]
	}
	return fmt.Sprintf("%s(%d)", e.typ, v)
}

// marshal returns v's name; a value out of range is an error, since no
// name would read it back.
func (e *enum[T]) marshal(v T) ([]byte, error) {
	if !e.valid(v) {
		return nil, fmt.Errorf("newsdoc: no %s %d", e.what, v)
	}
	return []byte(e.names[v]), nil
}

// unmarshal sets *v to the value named b; an unknown name is an error.
func (e *enum[T]) unmarshal(b []byte, v *T) error {
	for i, n := range e.names {
		if string(b) == n {
			*v = T(i)
			return nil
		}
	}
	return fmt.Errorf("newsdoc: unknown %s %q", e.what, b)
}
