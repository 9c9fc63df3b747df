package newsdoc

import "bytes"

// rawTag reads the name and attributes of the tag token whose bytes are
// raw (the tokenizer's Raw for a start, end or self-closing tag) as
// Tokenizer.TagName and TagAttr read them — names in lower case — without
// their copies: the name and values point into raw, or, for a name with
// upper-case letters, into a copy. It is only for tags with no '&', CR or
// NUL in them (see plainTag), which TagAttr would unescape or convert;
// the results are valid until the tokenizer's next Next, as theirs are.
// The attributes are appended to attrs[:0]; a nil name says the tag has
// too many to read here.
func rawTag(raw []byte, attrs []attr) (name []byte, _ []attr) {
	attrs = attrs[:0]
	i := 1 // after '<'
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	start := i
	var seen uint8 // the classes of the bytes read (tagUpper tells a name to lower)
	for i < len(raw) && tagBytes[raw[i]]&tagNameEnd == 0 {
		seen |= tagBytes[raw[i]]
		i++
	}
	name = lowerIf(raw[start:i], seen)
	for i < len(raw) {
		// Between attributes: white space and slashes.
		for i < len(raw) && tagBytes[raw[i]]&tagGap != 0 {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			break
		}
		// The key: up to white space, '/', '>' or '=' (a '=' first is
		// part of the key, as the tokenizer reads it).
		ks := i
		seen = tagBytes[raw[i]]
		i++
		for i < len(raw) && tagBytes[raw[i]]&tagKeyEnd == 0 {
			seen |= tagBytes[raw[i]]
			i++
		}
		key := lowerIf(raw[ks:i], seen)
		for i < len(raw) && tagBytes[raw[i]]&tagSpace != 0 {
			i++
		}
		var val []byte
		if i < len(raw) && raw[i] == '=' {
			i++
			for i < len(raw) && tagBytes[raw[i]]&tagSpace != 0 {
				i++
			}
			if i < len(raw) && (raw[i] == '"' || raw[i] == '\'') {
				q := raw[i]
				i++
				vs := i
				if j := bytes.IndexByte(raw[i:], q); j >= 0 {
					i += j
				} else {
					i = len(raw)
				}
				val = raw[vs:i]
				if i < len(raw) {
					i++
				}
			} else {
				vs := i
				for i < len(raw) && tagBytes[raw[i]]&tagValueEnd == 0 {
					i++
				}
				val = raw[vs:i]
			}
		}
		if len(key) == 0 || hasKey(attrs, key) {
			continue // the tokenizer keeps the first of each key, and no empty one
		}
		if len(attrs) == maxRawAttrs {
			return nil, nil // many attributes: the tokenizer's map reads them
		}
		attrs = append(attrs, attr{key, val})
	}
	return name, attrs
}

// The classes of the bytes of a tag, as bits of tagBytes: one lookup a
// byte, where the tests they stand for would branch on each.
const (
	tagSpace    = 1 << iota // white space the tokenizer skips (isTagSpace)
	tagGap                  // white space or '/', between attributes
	tagNameEnd              // white space, '/' or '>': a tag name's end
	tagKeyEnd               // those or '=': a key's end
	tagValueEnd             // white space or '>': an unquoted value's end
	tagUpper                // an upper-case ASCII letter
)

// tagBytes holds the classes of each byte. It is read-only once made.
var tagBytes = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		if isTagSpace(b) {
			t[c] |= tagSpace | tagGap | tagNameEnd | tagKeyEnd | tagValueEnd
		}
		switch b {
		case '/':
			t[c] |= tagGap | tagNameEnd | tagKeyEnd
		case '>':
			t[c] |= tagNameEnd | tagKeyEnd | tagValueEnd
		case '=':
			t[c] |= tagKeyEnd
		}
		if 'A' <= b && b <= 'Z' {
			t[c] |= tagUpper
		}
	}
	return t
}()

// lowerIf returns b in lower case, a copy, when seen, the classes of its
// bytes, holds an upper-case letter; else b itself.
func lowerIf(b []byte, seen uint8) []byte {
	if seen&tagUpper == 0 {
		return b
	}
	return lowerName(b)
}

// maxRawAttrs is the most attributes rawTag reads; a tag with more is
// read with TagAttr, whose check for repeated keys is a map.
const maxRawAttrs = 16

func hasKey(attrs []attr, key []byte) bool {
	for _, a := range attrs {
		if bytes.Equal(a.key, key) {
			return true
		}
	}
	return false
}

// rawName reads the name of the tag token whose bytes are raw, as rawTag
// does, with no attribute.
func rawName(raw []byte) []byte {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	start := i
	var seen uint8
	for i < len(raw) && tagBytes[raw[i]]&tagNameEnd == 0 {
		seen |= tagBytes[raw[i]]
		i++
	}
	return lowerIf(raw[start:i], seen)
}

// plainTag reports whether a tag's raw bytes hold nothing that TagName
// and TagAttr would change but the case of names: no entity, no CR. (Nor
// NUL, which they would replace: the parser's input holds none, as
// readInput refuses input that does.)
func plainTag(raw []byte) bool {
	// Two IndexByte calls, which scan many bytes at a time, take less
	// time than one ContainsAny, which scans one.
	return bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0
}

// isTagSpace is the white space the tokenizer skips inside a tag.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// lowerName returns b in lower case: b itself when it has no upper-case
// ASCII letter, else a lower-cased copy.
func lowerName(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			out := bytes.Clone(b)
			for j := i; j < len(out); j++ {
				if c := out[j]; 'A' <= c && c <= 'Z' {
					out[j] = c + 'a' - 'A'
				}
			}
			return out
		}
	}
	return b
}
