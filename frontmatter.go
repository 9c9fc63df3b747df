package newsdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// frontMatter is what splitFrontMatter found: the typed metadata, the
// warnings it recovered from, and the body that follows.
type frontMatter struct {
	meta     Meta
	warnings []Warning
	body     []byte
}

var utf8BOM = []byte("\xef\xbb\xbf")

// splitFrontMatter reads the front matter at the start of src, if any, in
// one of the dialects Hexo writes:
//
//	---            ;;;              "title": "x",     {"title": "x"}
//	title: x       "title": "x"     ;;;               body
//	---            ;;;              body
//	body           body
//
// Leading blank lines, a UTF-8 BOM and CRLF line ends are allowed.
func splitFrontMatter(src []byte, cfg *config) (frontMatter, error) {
	src = bytes.TrimPrefix(src, utf8BOM)
	lines := newLineReader(src)
	first, ok := lines.firstNonBlank()
	if !ok {
		return frontMatter{body: src}, nil
	}
	// Only a separator line is read whole: the first line of a body may
	// be all of it.
	head := bytes.TrimRight(first.text, " \t\r")
	switch {
	case isSeparatorLine(head, '-'):
		return readDelimited(src, lines, first, string(head), FrontMatterYAML, cfg)
	case isSeparatorLine(head, ';'):
		return readDelimited(src, lines, first, string(head), FrontMatterJSON, cfg)
	case bytes.HasPrefix(head, []byte("{")):
		return readJSONObject(src, first, cfg)
	case bytes.HasPrefix(head, []byte(`"`)):
		// Hexo's JSON form without an opening separator: "key": value
		// lines up to a ";;;" line.
		if end, ok := lines.find(func(b []byte) bool { return isSeparatorLine(b, ';') }); ok {
			block := src[first.start:end.start]
			fm := frontMatter{body: src[end.end:]}
			err := fm.decode(block, FrontMatterJSON, first.number-1, cfg)
			return fm, err
		}
	}
	return frontMatter{body: src}, nil
}

// isSeparatorLine reports whether b is three or more of c.
func isSeparatorLine(b []byte, c byte) bool {
	return len(b) >= 3 && bytes.Count(b, []byte{c}) == len(b)
}

func readDelimited(src []byte, lines *lineReader, open line, sep string, dialect FrontMatterDialect, cfg *config) (frontMatter, error) {
	closing := func(b []byte) bool {
		return string(b) == sep || (dialect == FrontMatterYAML && string(b) == "...")
	}
	end, ok := lines.find(closing)
	if !ok {
		return frontMatter{}, &FrontMatterError{Line: open.number, Dialect: dialect,
			Err: fmt.Errorf("%w: no closing %q line after the %q on this line", ErrUnclosedFrontMatter, sep, sep)}
	}
	block := src[open.end:end.start]
	fm := frontMatter{body: src[end.end:]}
	err := fm.decode(block, dialect, open.number, cfg)
	return fm, err
}

// wrapJSON adds the braces Hexo lets a JSON front matter leave out.
func wrapJSON(block []byte) []byte {
	if t := bytes.TrimSpace(block); len(t) > 0 && t[0] == '{' {
		return block
	}
	return append(append([]byte("{"), block...), '}')
}

func readJSONObject(src []byte, open line, cfg *config) (frontMatter, error) {
	dec := json.NewDecoder(bytes.NewReader(src[open.start:]))
	var probe map[string]any
	if err := dec.Decode(&probe); err != nil {
		line := open.number
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line += bytes.Count(src[open.start:open.start+int(se.Offset)], []byte("\n"))
		}
		fe := &FrontMatterError{Line: line, Dialect: FrontMatterJSON, Err: err}
		if cfg.strict {
			return frontMatter{}, fe
		}
		// Not a JSON object after all: read the whole input as a body.
		return frontMatter{body: src, warnings: []Warning{{Line: line, Code: "front-matter",
			Message: fmt.Sprintf("input starts with \"{\" but is not a JSON front matter (%v); read as body", err)}}}, nil
	}
	end := open.start + int(dec.InputOffset())
	fm := frontMatter{body: src[end:]}
	err := fm.decode(src[open.start:end], FrontMatterJSON, open.number-1, cfg)
	return fm, err
}

// yamlSafely returns what f, a call into yaml.v3, returns, or an error for
// a panic in it. The YAML parser is not newsdoc's: a panic in it is taken
// as the error of what it was asked (a block that does not parse, read
// line by line or an error under WithStrict; a value kept as a string),
// while a fault in newsdoc's own code reaches Parse's guard as an
// InternalError.
func yamlSafely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml.v3 panicked: %v", r)
		}
	}()
	return f()
}

// yamlLine finds the line number in a yaml error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// decode parses block, whose first line is line before+1 of the input, and
// fills fm.meta.
func (fm *frontMatter) decode(block []byte, dialect FrontMatterDialect, before int, cfg *config) error {
	fm.meta.FrontMatter = dialect
	var top *yaml.Node
	var fe *FrontMatterError
	switch {
	case dialect == FrontMatterJSON:
		top, fe = parseJSON(block, before)
	case fm.fastYAML(block, before, cfg):
		return nil
	default:
		top, fe = parseYAMLv3(block, before)
	}
	if fe != nil {
		return fm.salvage(block, fe, before, cfg)
	}
	if top != nil {
		fm.fill(top, before, cfg)
	}
	return nil
}

// parseYAMLv3 returns the top mapping of block, read by yaml.v3, nil for
// an empty block.
func parseYAMLv3(block []byte, before int) (*yaml.Node, *FrontMatterError) {
	var root yaml.Node
	if err := yamlSafely(func() error { return yaml.Unmarshal(block, &root) }); err != nil {
		line := before + 1
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			msg = strings.TrimPrefix(msg, m[0])
			if isYAMLParserProblem(msg) {
				n++ // the parser, unlike the scanner, counts lines from 0
			}
			line = before + n
		}
		return nil, &FrontMatterError{Line: line, Dialect: FrontMatterYAML, Err: errors.New(msg)}
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &FrontMatterError{Line: before + top.Line, Dialect: FrontMatterYAML,
			Err: fmt.Errorf("front matter is a %s, not a mapping of keys to values", nodeKind(top))}
	}
	return top, nil
}

// isYAMLParserProblem reports whether a yaml error message comes from
// the parser rather than the scanner. yaml.v3 gives the parser's lines
// counted from 0 (and leaves out "line 0"), the scanner's from 1; the
// messages are those of its parserc.go.
func isYAMLParserProblem(msg string) bool {
	for _, p := range [...]string{"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"did not find expected '-' indicator", "did not find expected <document start>",
		"did not find expected <stream-start>", "did not find expected key", "did not find expected node content",
		"found undefined tag handle", "found duplicate %", "found incompatible YAML document"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false // the scanner's own "did not find expected …" (alphabetic or numeric character, …)
}

// parseJSON decodes a JSON object and returns it as a YAML mapping, so that
// both dialects fill Meta the same way. JSON carries no line numbers per
// key: the nodes report the line before the block.
func parseJSON(block []byte, before int) (*yaml.Node, *FrontMatterError) {
	var v any
	wrapped := wrapJSON(block)
	if err := json.Unmarshal(wrapped, &v); err != nil {
		line := before + 1
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off := min(int(se.Offset), len(wrapped)) - (len(wrapped) - len(block)) // the added "{"
			line += bytes.Count(block[:max(off, 0)], []byte("\n"))
		}
		return nil, &FrontMatterError{Line: line, Dialect: FrontMatterJSON, Err: err}
	}
	if _, ok := v.(map[string]any); !ok {
		return nil, &FrontMatterError{Line: before + 1, Dialect: FrontMatterJSON, Err: errors.New("front matter is not a JSON object")}
	}
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return nil, &FrontMatterError{Line: before + 1, Dialect: FrontMatterJSON, Err: err}
	}
	return &n, nil
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		return "single value"
	case yaml.AliasNode:
		return "alias"
	}
	return "document"
}

// salvage is the lenient path: in strict mode it returns fe; otherwise it
// reads the simple "key: value" lines of block and records a warning.
func (fm *frontMatter) salvage(block []byte, fe *FrontMatterError, before int, cfg *config) error {
	if cfg.strict {
		return fe
	}
	fm.warnings = append(fm.warnings, Warning{Line: fe.Line, Code: "front-matter",
		Message: fmt.Sprintf("%s front matter does not parse (%v); read its simple key: value lines", fe.Dialect, fe.Err)})
	fm.fill(recoverLines(block), before, cfg)
	return nil
}

// simpleLine is a "key: value" line, with JSON's quotes and trailing comma
// allowed; simpleItem is a "- item" line of a list under a key.
var (
	simpleLine = regexp.MustCompile(`^\s*\{?\s*"?([A-Za-z_][\w.-]*)"?\s*:(?:\s*(.*?))?,?\s*\}?\s*$`)
	simpleItem = regexp.MustCompile(`^\s+-\s+(.*?)\s*$`)
)

// recoverLines builds a YAML mapping from the lines of block it can read
// on their own. Each value is read as YAML if it parses alone, else kept as
// a plain string.
func recoverLines(block []byte) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	var list *yaml.Node
	for i, raw := range strings.Split(string(block), "\n") {
		s := strings.TrimRight(raw, "\r")
		if it := simpleItem.FindStringSubmatch(s); it != nil && list != nil {
			list.Kind = yaml.SequenceNode
			list.Content = append(list.Content, recoverValue(it[1], i+1))
			continue
		}
		kv := simpleLine.FindStringSubmatch(s)
		if kv == nil {
			list = nil
			continue
		}
		key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: kv[1], Line: i + 1}
		val := recoverValue(kv[2], i+1)
		m.Content = append(m.Content, key, val)
		list = nil
		if kv[2] == "" {
			list = val
		}
	}
	return m
}

func recoverValue(s string, line int) *yaml.Node {
	var n yaml.Node
	if s != "" && yamlSafely(func() error { return yaml.Unmarshal([]byte(s), &n) }) == nil && len(n.Content) == 1 {
		v := n.Content[0]
		v.Line = line
		return v
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Line: line}
}

// fill sets the typed fields of fm.meta from a mapping node.
func (fm *frontMatter) fill(m *yaml.Node, before int, cfg *config) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], resolveAlias(m.Content[i+1])
		line := before + v.Line
		switch key := k.Value; key {
		case "title":
			fm.setString(&fm.meta.Title, key, v, line, Normalize)
		case "author":
			fm.setString(&fm.meta.Author, key, v, line, Normalize)
		case "headimg":
			fm.setString(&fm.meta.HeadImage, key, v, line, absoluteURL)
		case "thumbnail":
			fm.setString(&fm.meta.Thumbnail, key, v, line, absoluteURL)
		case "categories":
			fm.meta.Categories = appendStrings(fm.meta.Categories, v)
		case "tags":
			fm.meta.Tags = appendStrings(fm.meta.Tags, v)
		case "date":
			fm.setDate(v, line, cfg.loc)
		case "comments":
			var b bool
			if v.Kind == yaml.ScalarNode && yamlSafely(func() error { return v.Decode(&b) }) == nil {
				fm.meta.Comments = &b
			} else {
				fm.keep(key, v, line, "comments is not true or false")
			}
		default:
			fm.keep(key, v, line, "")
		}
	}
}

func (fm *frontMatter) setString(dst *string, key string, v *yaml.Node, line int, clean func(string) string) {
	if v.Kind != yaml.ScalarNode {
		fm.keep(key, v, line, key+" is not a single value")
		return
	}
	if v.Tag == "!!null" {
		return
	}
	*dst = clean(v.Value)
}

func (fm *frontMatter) setDate(v *yaml.Node, line int, loc *time.Location) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || trimSpace(v.Value) == "" {
		if v.Kind != yaml.ScalarNode {
			fm.keep("date", v, line, "date is not a single value")
		}
		return
	}
	t, err := ParseDate(v.Value, loc)
	if err != nil {
		fm.keep("date", v, line, err.Error())
		return
	}
	fm.meta.Date = t
}

// keep stores a value in Meta.Extra; a non-empty why also records a warning
// that a known key could not be typed.
func (fm *frontMatter) keep(key string, v *yaml.Node, line int, why string) {
	var val any
	if err := yamlSafely(func() error { return v.Decode(&val) }); err != nil {
		val = v.Value
	}
	if fm.meta.Extra == nil {
		fm.meta.Extra = map[string]any{}
	}
	fm.meta.Extra[key] = jsonSafe(val)
	if why != "" {
		fm.warnings = append(fm.warnings, Warning{Line: line, Code: "meta-value", Message: why + "; kept in meta.extra"})
	}
}

// jsonSafe turns what YAML decodes into the values encoding/json gives
// back for the same JSON, so that Meta.Extra is plain data: maps with
// string keys, numbers as float64, timestamps as RFC 3339 strings, and
// NaN or infinite floats as strings.
func jsonSafe(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case map[string]any:
		for k, e := range x {
			x[k] = jsonSafe(e)
		}
		return x
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(k)] = jsonSafe(e)
		}
		return out
	case []any:
		for i, e := range x {
			x[i] = jsonSafe(e)
		}
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
	}
	return v
}

// appendStrings appends the scalars of v, flattening nested lists (Hexo
// writes a category hierarchy as a list of lists).
func appendStrings(dst []string, v *yaml.Node) []string {
	switch v = resolveAlias(v); v.Kind {
	case yaml.ScalarNode:
		if s := Normalize(v.Value); s != "" && v.Tag != "!!null" {
			dst = append(dst, s)
		}
	case yaml.SequenceNode:
		for _, c := range v.Content {
			dst = appendStrings(dst, c)
		}
	}
	return dst
}

// resolveAlias follows YAML aliases (*name) to the node they name. An
// alias cycle cannot occur: the parser rejects an alias to an anchor not
// yet complete.
func resolveAlias(v *yaml.Node) *yaml.Node {
	for i := 0; v.Kind == yaml.AliasNode && v.Alias != nil && i < 100; i++ {
		v = v.Alias
	}
	return v
}

// line is one line of the input: its number (from 1) and byte range,
// end including the newline.
type line struct {
	number     int
	start, end int
	text       []byte
}

type lineReader struct {
	src  []byte
	next line
}

func newLineReader(src []byte) *lineReader {
	return &lineReader{src: src, next: line{number: 1}}
}

func (r *lineReader) read() (line, bool) {
	if r.next.start >= len(r.src) {
		return line{}, false
	}
	l := r.next
	i := bytes.IndexByte(r.src[l.start:], '\n')
	if i < 0 {
		l.end = len(r.src)
		l.text = r.src[l.start:]
	} else {
		l.end = l.start + i + 1
		l.text = r.src[l.start : l.start+i]
	}
	r.next = line{number: l.number + 1, start: l.end}
	return l, true
}

func (r *lineReader) firstNonBlank() (line, bool) {
	for {
		l, ok := r.read()
		if !ok || len(bytes.TrimSpace(l.text)) > 0 {
			return l, ok
		}
	}
}

// find returns the next line whose text, without trailing space, matches.
func (r *lineReader) find(match func([]byte) bool) (line, bool) {
	for {
		l, ok := r.read()
		if !ok {
			return l, false
		}
		if match(bytes.TrimRight(l.text, " \t\r")) {
			return l, true
		}
	}
}
