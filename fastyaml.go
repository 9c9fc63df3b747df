package newsdoc

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
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
// plain scalar on its line or one quoted without escapes, with blank and
// comment lines between — into the mapping node yaml.v3 gives for it. It
// returns false for anything else (flow collections, multi-line scalars,
// anchors, tags, escapes, inline comments, duplicate keys, other keys,
// values fill would not type), which then goes to yaml.v3. Most posts
// take it (82 of the 93 blocks of the corpus posts and the goldens); both
// give the same Meta and warnings (TestFastYAML, FuzzFastYAML).
func fastYAML(block []byte) (*yaml.Node, bool) {
	src := string(block) // one copy: keys and values are parts of it
	// The nodes, in one slice that is never outgrown, so that the
	// pointers into it hold: a line at the margin makes two at most (a
	// key and its value or list), an indented one one (an item), and a
	// blank or comment line none.
	keys, items := 0, 0
	for raw := range strings.Lines(src) {
		text := strings.TrimRight(raw, "\r\n")
		switch trimmed := strings.TrimLeft(text, " "); {
		case trimmed == "" || trimmed[0] == '#':
		case len(trimmed) == len(text):
			keys++
		default:
			items++
		}
	}
	nodes := make([]yaml.Node, 0, 1+2*keys+items)
	node := func(n yaml.Node) *yaml.Node {
		nodes = append(nodes, n)
		return &nodes[len(nodes)-1]
	}
	top := node(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1, Content: make([]*yaml.Node, 0, 2*keys)})
	var seen uint8      // the fastKeys read, a bit each
	var list *yaml.Node // the sequence being read, after "key:"
	listIndent := -1
	lineNo := 0
	for raw := range strings.Lines(src) {
		lineNo++
		text := strings.TrimRight(raw, "\r\n")
		if !plainText(text) {
			return nil, false
		}
		trimmed := strings.TrimLeft(text, " ")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		indent := len(text) - len(trimmed)
		if list != nil && strings.HasPrefix(trimmed, "- ") {
			if listIndent < 0 {
				listIndent = indent
			} else if indent != listIndent {
				return nil, false
			}
			v := node(yaml.Node{})
			if !fastScalar(v, strings.TrimLeft(trimmed[2:], " "), lineNo, indent+3) || v.Tag == "!!null" {
				return nil, false
			}
			if len(list.Content) == 0 {
				list.Line, list.Column = lineNo, indent+1
			}
			list.Content = append(list.Content, v)
			continue
		}
		if indent != 0 {
			return nil, false
		}
		if list != nil && len(list.Content) == 0 {
			return nil, false // "key:" then another key: a null, left to yaml.v3
		}
		list, listIndent = nil, -1
		key, value, ok := strings.Cut(text, ":")
		at := fastKey(key)
		if !ok || at < 0 || seen&(1<<at) != 0 || value != "" && value[0] != ' ' {
			return nil, false
		}
		seen |= 1 << at
		k := node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: lineNo, Column: 1})
		value = strings.TrimLeft(value, " ")
		if value == "" {
			if key != "tags" && key != "categories" {
				return nil, false // a list or a null where fill wants one value
			}
			list = node(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"})
			top.Content = append(top.Content, k, list)
			continue
		}
		v := node(yaml.Node{})
		if !fastScalar(v, value, lineNo, len(text)-len(value)+1) || !fastTyped(key, v) {
			return nil, false
		}
		top.Content = append(top.Content, k, v)
	}
	if list != nil && len(list.Content) == 0 {
		return nil, false
	}
	if len(top.Content) == 0 {
		return nil, false // an empty block: yaml.v3 says what it is
	}
	return top, true
}

// fastScalar reads into n a value of the fast path: plain, or quoted
// with no escape in it.
func fastScalar(n *yaml.Node, s string, line, column int) bool {
	if s == "" {
		return false
	}
	*n = yaml.Node{Kind: yaml.ScalarNode, Line: line, Column: column}
	switch s[0] {
	case '\'':
		if len(s) < 2 || s[len(s)-1] != '\'' || strings.Contains(s[1:len(s)-1], "'") {
			return false
		}
		n.Style, n.Tag, n.Value = yaml.SingleQuotedStyle, "!!str", s[1:len(s)-1]
		return true
	case '"':
		if len(s) < 2 || s[len(s)-1] != '"' || strings.ContainsAny(s[1:len(s)-1], "\"\\") {
			return false
		}
		n.Style, n.Tag, n.Value = yaml.DoubleQuotedStyle, "!!str", s[1:len(s)-1]
		return true
	}
	// A plain scalar: none of YAML's indicators first, no ": " or " #"
	// inside, nothing trailing.
	if strings.ContainsRune("-?:,[]{}#&*!|>%@`", rune(s[0])) || strings.Contains(s, ": ") ||
		strings.Contains(s, " #") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, " ") {
		return false
	}
	n.Value = s
	switch s {
	case "~", "null", "Null", "NULL":
		n.Tag = "!!null"
	case "true", "True", "TRUE", "false", "False", "FALSE":
		n.Tag = "!!bool"
	default:
		n.Tag = "!!str"
	}
	return true
}

// fastTyped reports whether fill reads v for key into a typed field with
// no more than its text: the fast path leaves to yaml.v3 whatever fill
// would keep in Meta.Extra, where yaml.v3's own typing of the value shows.
func fastTyped(key string, v *yaml.Node) bool {
	switch key {
	case "comments":
		return v.Tag == "!!bool"
	case "date":
		if v.Tag == "!!null" || v.Tag == "!!str" && v.Value != "" && !strings.ContainsRune("0123456789+-.", rune(v.Value[0])) {
			// Not a YAML timestamp nor a number (those start with a
			// digit, a sign or a dot): were it no date, fill would keep
			// the text yaml.v3 gives too.
			return true
		}
		_, err := ParseDate(v.Value, chinaStandardTime)
		return err == nil
	case "categories", "tags":
		return v.Tag != "!!null"
	}
	return v.Tag != "!!bool" // a title of "true" is text; yaml.v3 says so too, but let it
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
