package newsdoc

import (
	"strings"
	"time"
	"unicode/utf8"
)

// fastKeys are the keys the front matter fast path reads: those of the
// typed Meta fields. A block with any other key goes to yaml.v3, whose
// typing of values (numbers, timestamps, booleans) Meta.Extra keeps.
var fastKeys = [...]string{"title", "author", "headimg", "thumbnail", "categories", "tags", "date", "comments"}

// fastKey returns the position of key in fastKeys, or -1.
func fastKey(key string) int {
	for i, k := range fastKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// fastYAML reads front matter made only of the plainest YAML — "key:
// value" lines and "- item" lists of the keys of fastKeys, each value a
// plain scalar on its line or one quoted without escapes, or none (a
// null, "thumbnail:" with no image, which fill leaves unset), with blank
// and comment lines between — into fm's Meta, as fill does with the nodes
// yaml.v3 gives for it, but with no node made: the values are parts of
// one copy of block. It returns false, fm untouched, for anything else
// (flow collections, multi-line scalars, anchors, tags, escapes, inline
// comments, duplicate keys, other keys, a boolean where text is wanted,
// a null where a list or a boolean is, a date that opens as a number or
// a timestamp does, with a digit, a sign or a dot, and that no form
// reads: a value yaml.v3 would type, which Meta.Extra keeps as yaml.v3
// types it), which then goes to yaml.v3. Most posts take it (91 of the
// 93 blocks of the corpus posts and the goldens); both give the same
// Meta and warnings (TestFastYAML, FuzzFastYAML). before is the number
// of input lines above block, as for fill.
func (fm *frontMatter) fastYAML(block []byte, before int, cfg *config) bool {
	src := string(block) // one copy: keys and values are parts of it
	// The values read, in order, kept until the whole block has been
	// read: a block refused on its last line sets nothing. Most blocks
	// have a dozen lines or fewer; a longer one grows the slice.
	var room [16]fastEntry
	entries := room[:0]
	var (
		seen    uint8 // the fastKeys read, a bit each
		list    = -1  // the key whose list is being read, after "key:", or -1
		null    = -1  // a key of one value written with none ("key:"), or -1: another key must follow
		items   = 0   // the items of that list
		indent0 = -1  // the indent of that list's items
		dateAt  = -1  // the entry of the date, or -1
	)
	lineNo := 0
	for raw := range strings.Lines(src) {
		lineNo++
		// One line break, LF or CRLF: a CR left before it is one more
		// line break to yaml.v3, which plainText refuses.
		text := strings.TrimSuffix(strings.TrimSuffix(raw, "\n"), "\r")
		if !plainText(text) {
			return false
		}
		trimmed := strings.TrimLeft(text, " ")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		indent := len(text) - len(trimmed)
		if null >= 0 {
			if indent != 0 || trimmed[0] == '-' {
				return false // the value goes on under its key: a list, or a scalar of several lines
			}
			null = -1 // a null: fill leaves its field as it is
		}
		if list >= 0 && strings.HasPrefix(trimmed, "- ") {
			if indent0 < 0 {
				indent0 = indent
			} else if indent != indent0 {
				return false
			}
			value, tag, ok := fastScalar(strings.TrimLeft(trimmed[2:], " "))
			if !ok || tag == tagNull {
				return false
			}
			entries = append(entries, fastEntry{key: int8(list), tag: tag, value: value})
			items++
			continue
		}
		if indent != 0 {
			return false
		}
		if list >= 0 && items == 0 {
			return false // "key:" then another key: a null, left to yaml.v3
		}
		list, items, indent0 = -1, 0, -1
		key, value, ok := strings.Cut(text, ":")
		at := fastKey(key)
		if !ok || at < 0 || seen&(1<<at) != 0 || value != "" && value[0] != ' ' {
			return false
		}
		seen |= 1 << at
		value = strings.TrimLeft(value, " ")
		if value == "" {
			switch key {
			case "tags", "categories":
				list = at
			case "comments":
				return false // a null, which yaml.v3 decodes as false
			default:
				null = at // "thumbnail:" with no image: a null, unless a list or more lines follow
			}
			continue
		}
		value, tag, ok := fastScalar(value)
		if !ok || !fastTyped(key, tag) {
			return false
		}
		if key == "date" {
			dateAt = len(entries)
		}
		entries = append(entries, fastEntry{key: int8(at), tag: tag, line: int32(lineNo), value: value})
	}
	if list >= 0 && items == 0 || seen == 0 {
		return false // a null list; an empty block: yaml.v3 says what it is
	}
	// The date, read once the block is taken but for it: one that opens
	// as a number or a timestamp does and that no form reads is left to
	// yaml.v3, whose typing of it Meta.Extra keeps; text that is no date
	// is kept as it is, with a warning, as fill does.
	var (
		date    time.Time
		dateErr error
	)
	if dateAt >= 0 {
		if e := &entries[dateAt]; e.tag != tagNull && trimSpace(e.value) != "" {
			date, dateErr = ParseDate(e.value, cfg.loc)
			if dateErr != nil && strings.ContainsRune("0123456789+-.", rune(e.value[0])) {
				return false
			}
		}
	}
	for i := range entries {
		e := &entries[i]
		if e.tag == tagNull {
			continue // as setString and setDate leave a null
		}
		switch fastKeys[e.key] {
		case "title":
			fm.meta.Title = Normalize(e.value)
		case "author":
			fm.meta.Author = Normalize(e.value)
		case "headimg":
			fm.meta.HeadImage = absoluteURL(e.value)
		case "thumbnail":
			fm.meta.Thumbnail = absoluteURL(e.value)
		case "categories":
			if s := Normalize(e.value); s != "" {
				fm.meta.Categories = append(fm.meta.Categories, s)
			}
		case "tags":
			if s := Normalize(e.value); s != "" {
				fm.meta.Tags = append(fm.meta.Tags, s)
			}
		case "date":
			switch {
			case trimSpace(e.value) == "":
			case dateErr == nil:
				fm.meta.Date = date
			default:
				if fm.meta.Extra == nil {
					fm.meta.Extra = map[string]any{}
				}
				fm.meta.Extra["date"] = e.value // the text yaml.v3 gives for a string
				fm.warnings = append(fm.warnings, Warning{Line: before + int(e.line), Code: "meta-value",
					Message: dateErr.Error() + "; kept in meta.extra"})
			}
		case "comments":
			b := e.value[0] == 't' || e.value[0] == 'T' // true, True or TRUE: fastScalar's booleans
			fm.meta.Comments = &b
		}
	}
	return true
}

// fastEntry is a value the fast path read: one key's, or one item of its
// list.
type fastEntry struct {
	key   int8 // its key's position in fastKeys
	tag   fastTag
	line  int32 // the line of a key's value, from 1 at the block's first
	value string
}

// fastTag is the YAML type of a scalar the fast path reads.
type fastTag uint8

const (
	tagStr fastTag = iota
	tagNull
	tagBool
)

// fastScalar reads a value of the fast path: plain, or quoted with no
// escape in it. It returns its text and type.
func fastScalar(s string) (string, fastTag, bool) {
	if s == "" {
		return "", 0, false
	}
	switch s[0] {
	case '\'':
		if len(s) < 2 || s[len(s)-1] != '\'' || strings.Contains(s[1:len(s)-1], "'") {
			return "", 0, false
		}
		return s[1 : len(s)-1], tagStr, true
	case '"':
		if len(s) < 2 || s[len(s)-1] != '"' || strings.ContainsAny(s[1:len(s)-1], "\"\\") {
			return "", 0, false
		}
		return s[1 : len(s)-1], tagStr, true
	}
	// A plain scalar: none of YAML's indicators first, no ": " or " #"
	// inside, nothing trailing.
	if strings.ContainsRune("-?:,[]{}#&*!|>%@`", rune(s[0])) || strings.Contains(s, ": ") ||
		strings.Contains(s, " #") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, " ") {
		return "", 0, false
	}
	switch s {
	case "~", "null", "Null", "NULL":
		return s, tagNull, true
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return s, tagBool, true
	}
	return s, tagStr, true
}

// fastTyped reports whether fill reads a value of key, of type tag, into a
// typed field with no more than its text: the fast path leaves to yaml.v3
// whatever fill would keep in Meta.Extra, where yaml.v3's own typing of
// the value shows. (A date's text is checked once the block is read: see
// fastYAML.)
func fastTyped(key string, tag fastTag) bool {
	switch key {
	case "comments":
		return tag == tagBool
	case "categories", "tags":
		return tag != tagNull
	}
	return tag != tagBool // a title of "true" is text; yaml.v3 says so too, but let it
}

// plainText reports whether a line holds nothing YAML reads specially or
// refuses: no tab, no line break of its own (CR, NEL, LS, PS), no control
// character, no byte-order mark, only valid UTF-8.
func plainText(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i++
			continue // printable ASCII
		}
		r, n := decodeRune(s[i:]) // a Han character read inline
		i += n
		if r >= 0xa0 && r < 0x2028 || r > 0x2029 && r < 0xfeff {
			continue // all else but the runes below (most runes: one test)
		}
		switch {
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == 0x2028, r == 0x2029, r == 0xfeff,
			r == utf8.RuneError, r == 0xfffe, r == 0xffff:
			return false
		}
	}
	return true
}
