package newsdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Input is what an article's bytes are: a Hexo post, a body, or a full
// web page. Parse tells them apart; [WithInput] forces one.
type Input uint8

// Inputs. InputAuto, the default, decides from the bytes: front matter
// makes a post; a page starts (after white space, comments and a
// doctype) with <html>, <head>, <meta> or <title>, or holds a <body>
// element; anything else is a body (HTML, Markdown or plain text, see
// [Format]).
const (
	InputAuto Input = iota
	InputPost       // front matter, then a body
	InputBody       // a body alone: no front matter is looked for
	InputPage       // a full web page: its <head> fills Meta, and only the article is kept
)

var inputs = enum[Input]{"Input", "input", []string{"auto", "post", "body", "page"}}

// String returns the input's name, such as "page", or "Input(N)" for a
// value that is not one of the constants.
func (k Input) String() string { return inputs.String(k) }

// MarshalText encodes the input as its name, such as "page". A value that
// is not one of the constants is an error.
func (k Input) MarshalText() ([]byte, error) { return inputs.marshal(k) }

// UnmarshalText decodes an input name; an unknown name is an error.
func (k *Input) UnmarshalText(b []byte) error { return inputs.unmarshal(b, k) }

// WithInput tells Parse what the bytes are instead of deciding it. The
// default is [InputAuto]; a value that is not one of the Input constants
// is an error.
func WithInput(k Input) Option {
	return func(c *config) {
		if !inputs.valid(k) {
			c.invalid("WithInput(%d): no such input", k)
			return
		}
		c.input = k
	}
}

// ErrCharset is wrapped by the error Parse returns for input that cannot
// be decoded: bytes that are neither UTF-8 nor, with many faults, the
// encoding the page declares or the bytes suggest.
var ErrCharset = errors.New("newsdoc: undecodable input")

// errNotChecked is what parse returns, reading lazily, for input that
// holds bytes that are not UTF-8: readInput for those in a part it
// checks up front, the token pass for those in the body. Parse then
// reads the input again, checked and decoded first.
var errNotChecked = errors.New("newsdoc: input is not UTF-8")

// readInput checks the bytes of an article, decodes them to UTF-8, tells
// what they are, and splits off the front matter into doc.Meta. It
// returns the body as HTML for the tokenizer, the tokenizer's only input,
// and whether it is a full page.
//
// With lazy set it leaves the check for valid UTF-8 of a post's or a
// bare body's HTML to the token pass, which reads every byte of it
// anyway, and returns check true. It checks up front what it reads
// itself (the front matter, a body in another format), a full page (the
// pass would check its many tokens one by one: one look is quicker), and
// all of the input when the front matter is refused; it returns
// errNotChecked when that is not UTF-8. The whole input is checked, and
// decoded, up front when lazy is false.
func readInput(src []byte, cfg *config, doc *Document, lazy bool) (body []byte, page, check bool, err error) {
	utf16 := len(src) >= 2 && (src[0] == 0xff && src[1] == 0xfe || src[0] == 0xfe && src[1] == 0xff)
	src, err = decodeUTF16(src)
	if err != nil {
		return nil, false, false, err
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, utf8BOM))) == 0 {
		return nil, false, false, ErrEmpty
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, false, false, ErrBinary
	}
	lazy = lazy && !utf16 // decoded from UTF-16: UTF-8 already
	if !lazy {
		if src, err = decode(src, doc); err != nil {
			return nil, false, false, err
		}
	}
	kind := cfg.input
	if kind == InputAuto {
		kind = InputPost
		if isPage(src) {
			kind = InputPage
		}
	}
	if kind == InputPage {
		if lazy && !validUTF8(src) {
			return nil, false, false, errNotChecked
		}
		doc.Meta.FrontMatter = FrontMatterNone
		return bytes.TrimPrefix(src, utf8BOM), true, false, nil
	}
	var fm frontMatter
	if kind == InputPost {
		fm, err = splitFrontMatter(src, cfg)
		if lazy && (err != nil && !validUTF8(src) || err == nil && !utf8.Valid(src[:len(src)-len(fm.body)])) {
			// The front matter, or, when it is refused, all of the input:
			// decoded first, it may read otherwise.
			return nil, false, false, errNotChecked
		}
		if err != nil {
			return nil, false, false, err
		}
	} else {
		fm.body = bytes.TrimPrefix(src, utf8BOM)
	}
	doc.Meta = fm.meta
	doc.Warnings = append(doc.Warnings, fm.warnings...)
	format := cfg.format
	if format == FormatAuto {
		format = detectFormat(fm.body)
	}
	if lazy && format != FormatHTML && !utf8.Valid(fm.body) {
		return nil, false, false, errNotChecked // Markdown and text are rendered before the pass
	}
	body, err = bodyHTML(fm.body, format, doc)
	if err != nil {
		return nil, false, false, fmt.Errorf("newsdoc: rendering the Markdown body: %w", err)
	}
	return body, false, lazy && format == FormatHTML, nil
}

// isPage reports whether src is a full web page: within its first 64 KiB
// it has a doctype, or an <html>, <head> or <body> start tag anywhere, or
// its first element (after white space and comments) is <meta> or
// <title>. Front matter is never a page.
func isPage(src []byte) bool {
	s := bytes.TrimLeft(bytes.TrimPrefix(src, utf8BOM), " \t\r\n")
	if bytes.HasPrefix(s, []byte("---")) || bytes.HasPrefix(s, []byte(";;;")) {
		return false
	}
	head := s[:min(len(s), 64<<10)]
	if pageMarkup(head) {
		return pageByTokens(head)
	}
	// No doctype and no <html>, <head> or <body> anywhere: only the first
	// element can make it a page.
	if opensAsBody(head) {
		return false
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			return a == atom.Meta || a == atom.Title
		case html.TextToken:
			if len(bytes.TrimSpace(z.Text())) > 0 {
				return false
			}
		}
	}
}

// opensAsBody reports whether s, which holds no doctype and no <html>,
// <head> or <body>, is surely no page by its first byte or tag, without
// the tokenizer: it opens with a rune that makes text (not "<", not "&",
// no white space), or with a start tag that is neither <meta> nor
// <title>, or with one cut off by the end of the input. False leaves it
// to the tokenizer: an entity, a space, a comment, an end tag, <meta> or
// <title> first.
func opensAsBody(s []byte) bool {
	r, size := utf8.DecodeRune(s)
	switch {
	case r != '<' && r != '&' && len(bytes.TrimSpace(s[:size])) > 0:
		return true
	case r != '<' || len(s) < 2 || !('a' <= s[1]|0x20 && s[1]|0x20 <= 'z'):
		return false
	}
	name := s[1:]
	if i := bytes.IndexAny(name, " \t\n\r\f/>"); i >= 0 {
		name = name[:i]
	}
	return !bytes.EqualFold(name, []byte("meta")) && !bytes.EqualFold(name, []byte("title"))
}

// pageByTokens reads head with the tokenizer to its end for what isPage
// looks for: a doctype, an <html>, <head> or <body> tag, or <meta> or
// <title> as its first element.
func pageByTokens(head []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(head))
	first := true
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.DoctypeToken:
			return true
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Html, atom.Head, atom.Body:
				return true
			case atom.Meta, atom.Title:
				if first {
					return true
				}
			}
			first = false
		case html.TextToken:
			if len(bytes.TrimSpace(z.Text())) > 0 {
				first = false
			}
		}
	}
}

// pageMarkup reports whether b may hold a doctype or an <html>, <head>
// or <body> tag: "<!doctype", or "<html", "<head" or "<body" not followed
// by a letter, in any case. Without one, the tokenizer can read none of
// them, and isPage need not run it over the whole of b.
func pageMarkup(b []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(b[i:], '<')
		if k < 0 {
			return false
		}
		i += k
		if i+2 >= len(b) {
			return false // too short for any of the four
		}
		// The one of the four that the next two bytes may open, which
		// EqualFold matches in ASCII only; none for <p, </p, <div, <br,
		// <b, <hr.
		var w string
		switch b[i+1] | 0x20 {
		case '!':
			w = "<!doctype"
		case 'b':
			if b[i+2]|0x20 == 'o' {
				w = "<body"
			}
		case 'h':
			switch b[i+2] | 0x20 {
			case 't':
				w = "<html"
			case 'e':
				w = "<head"
			}
		}
		if end := i + len(w); w != "" && end <= len(b) && bytes.EqualFold(b[i:end], []byte(w)) && (w == "<!doctype" || end == len(b) || !isASCIILetter(rune(b[end]))) {
			return true
		}
	}
}

// decodeUTF16 decodes input that starts with a UTF-16 byte order mark.
func decodeUTF16(src []byte) ([]byte, error) {
	var e unicode.Endianness
	switch {
	case bytes.HasPrefix(src, []byte{0xff, 0xfe}):
		e = unicode.LittleEndian
	case bytes.HasPrefix(src, []byte{0xfe, 0xff}):
		e = unicode.BigEndian
	default:
		return src, nil
	}
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, fmt.Errorf("%w: UTF-16: %v", ErrCharset, err)
	}
	return out, nil
}

// decode returns src as UTF-8. Bytes that are valid UTF-8 stay as they
// are, whatever the page declares (pages that say gb2312 are often stored
// as UTF-8). Otherwise, when most of the bytes past ASCII are not UTF-8,
// they are decoded from the charset the page declares anywhere in its
// <head>, or else from GB18030 or Big5, whichever the bytes show; gb2312
// and gbk are read as GB18030, their superset. A few stray bytes in UTF-8
// text are replaced by U+FFFD, with a warning.
func decode(src []byte, doc *Document) ([]byte, error) {
	if utf8.Valid(src) {
		return src, nil
	}
	if !mostlyLegacy(src) {
		doc.Warnings = append(doc.Warnings, Warning{Code: "invalid-utf8", Message: "invalid UTF-8 replaced by U+FFFD"})
		return bytes.ToValidUTF8(src, []byte("\uFFFD")), nil
	}
	name, enc := declaredCharset(src)
	if enc == nil {
		name, enc = guessCharset(src)
	}
	out, bad := decodeWith(enc, src)
	if bad > 0 {
		// A wrong declaration: try the other Chinese encoding.
		altName, alt := "gb18030", encoding.Encoding(simplifiedchinese.GB18030)
		if enc == simplifiedchinese.GB18030 {
			altName, alt = "big5", traditionalchinese.Big5
		}
		if out2, bad2 := decodeWith(alt, src); bad2 < bad {
			name, out, bad = altName, out2, bad2
		}
	}
	if bad*100 > utf8.RuneCount(out)-asciiCount(out) {
		return nil, fmt.Errorf("%w: %d of its characters are not %s", ErrCharset, bad, name)
	}
	if bad > 0 {
		doc.Warnings = append(doc.Warnings, Warning{Code: "invalid-utf8",
			Message: fmt.Sprintf("%d bytes that are not %s replaced by U+FFFD", bad, name)})
	}
	return out, nil
}

// mostlyLegacy reports whether the bytes past ASCII are mostly not
// UTF-8: at least 16 stray bytes, and more than twice as many as
// well-formed multi-byte characters. A few stray bytes (a truncated
// character, a damaged one) in UTF-8 text are not another encoding.
func mostlyLegacy(src []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return bad >= 16 && bad > 2*good
}

// declaredCharset returns the first charset other than UTF-8 that a
// <meta charset> or <meta http-equiv="Content-Type"> declares before the
// <body>, and its encoding; nil when there is none or it is unknown.
func declaredCharset(src []byte) (string, encoding.Encoding) {
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return "", nil
			case atom.Meta:
			default:
				continue
			}
			var label string
			httpEquiv := false
			var content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					label = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				case "content":
					content = string(v)
				}
			}
			if label == "" && httpEquiv {
				if _, after, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
					label = strings.Trim(after, ` "';`)
				}
			}
			if label == "" {
				continue
			}
			if enc, name := lookupCharset(label); enc != nil && name != "utf-8" {
				return name, enc
			}
		}
	}
}

// lookupCharset maps a charset label to its encoding by the WHATWG
// table, reading the simplified Chinese labels as GB18030.
func lookupCharset(label string) (encoding.Encoding, string) {
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	if name == "gbk" || name == "gb18030" {
		return simplifiedchinese.GB18030, "gb18030"
	}
	return enc, name
}

// guessCharset tells GB18030 from Big5 by where their double-byte codes
// fall. GB2312, the common core of GB18030, codes every character with
// both bytes in A1–FE; Big5 codes some four in ten common characters with
// a second byte in 40–7E. A text with many such second bytes is Big5.
func guessCharset(src []byte) (string, encoding.Encoding) {
	pairs, low := 0, 0
	for i := 0; i+1 < len(src); i++ {
		if src[i] < 0x81 || src[i] == 0xff {
			continue
		}
		pairs++
		if t := src[i+1]; t >= 0x40 && t <= 0x7e {
			low++
		}
		i++
	}
	if pairs > 0 && low*5 > pairs {
		return "big5", traditionalchinese.Big5
	}
	return "gb18030", simplifiedchinese.GB18030
}

// decodeWith decodes src and counts the characters it could not read.
func decodeWith(enc encoding.Encoding, src []byte) ([]byte, int) {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, len(src)
	}
	return out, bytes.Count(out, []byte("\uFFFD")) - bytes.Count(src, []byte("\uFFFD"))
}

func asciiCount(b []byte) int {
	n := 0
	for _, c := range b {
		if c < utf8.RuneSelf {
			n++
		}
	}
	return n
}

func readAll(r io.Reader, limit int64, cc *callerCode) ([]byte, error) {
	// Size the buffer once when the reader knows its length (bytes and
	// strings readers, files), instead of letting it double its way up.
	// Len, Stat and Read are the caller's code (see callerCode).
	size := int64(bytes.MinRead)
	cc.in = true // until Len or Stat returns
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len()) + 1
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size() + 1
		}
	}
	cc.in = false
	// One byte past the limit tells input over it; a limit of
	// math.MaxInt64 has no byte past it, and no input reaches it.
	over := limit
	if over < math.MaxInt64 {
		over++
	}
	buf := bytes.NewBuffer(make([]byte, 0, firstRead(size, over)+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(callerReader{r, cc}, over))
	src := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("newsdoc: reading input: %w", err)
	}
	if int64(len(src)) > limit {
		return nil, tooLarge(limit)
	}
	return src, nil
}

// tooLarge is the error of an input longer than limit bytes.
func tooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
}

// firstRead is the size of readAll's first buffer, for a reader that
// says it holds size bytes and a read of at most over bytes: size, but at
// most over and maxFirstRead, and at least bytes.MinRead (even where over
// is less).
func firstRead(size, over int64) int64 {
	return max(bytes.MinRead, min(size, over, maxFirstRead))
}

// maxFirstRead bounds the buffer readAll sizes up front from what the
// reader says of its length: a length that is wrong (or a huge file under
// a huge limit) grows the buffer as it is read, not all at once.
const maxFirstRead = 1 << 30

// callerReader is the caller's reader, its Read marked as the caller's
// code (see callerCode). A count Read returns that no reader may return
// is the reader's fault, an error (errBadCount), not one of Parse's.
type callerReader struct {
	r  io.Reader
	cc *callerCode
}

func (c callerReader) Read(p []byte) (int, error) {
	c.cc.in = true
	n, err := c.r.Read(p)
	c.cc.in = false
	if n < 0 || n > len(p) {
		return 0, fmt.Errorf("%w: %d bytes read into %d", errBadCount, n, len(p))
	}
	return n, err
}

// errBadCount is the error of a reader whose Read returned a count below
// zero or past the buffer it was given.
var errBadCount = errors.New("the reader returned an invalid count")
