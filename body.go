package newsdoc

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	gmparser "github.com/yuin/goldmark/parser"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"
)

// Format is the markup of an article's body; the language of a post's
// front matter is its [FrontMatterDialect].
type Format uint8

// Body formats. FormatAuto, the default, tells them apart by their markup:
// HTML elements make HTML (the Hexo posts scraped from portals, whose
// indented blocks must not become Markdown code blocks), unless
// Markdown's own heading and rule lines are at least three and outnumber
// the tags; without HTML elements, a line that starts with a "#" heading,
// a bullet, a quote, "**" bold or a code fence makes Markdown (laws from
// LawRefBook); anything else is plain text.
const (
	FormatAuto Format = iota
	FormatHTML
	FormatMarkdown
	FormatText
)

var formats = enum[Format]{"Format", "format", []string{"auto", "html", "markdown", "text"}}

// String returns the format's name, such as "markdown", or "Format(N)"
// for a value that is not one of the constants.
func (f Format) String() string { return formats.String(f) }

// MarshalText encodes the format as its name, such as "markdown". A value
// that is not one of the constants is an error.
func (f Format) MarshalText() ([]byte, error) { return formats.marshal(f) }

// UnmarshalText decodes a format name; an unknown name is an error.
func (f *Format) UnmarshalText(b []byte) error { return formats.unmarshal(b, f) }

// WithFormat sets the markup of the body instead of detecting it. The
// default is [FormatAuto]; a value that is not one of the Format
// constants is an error.
func WithFormat(f Format) Option {
	return func(c *config) {
		if !formats.valid(f) {
			c.invalid("WithFormat(%d): no such format", f)
			return
		}
		c.format = f
	}
}

var (
	// markdownMark is a line that only Markdown bodies start with: a
	// heading (# or a setext underline, === or ---, under a line of text), a
	// bullet, a quote with text, bold, a fence. A numbered line
	// ("1. 总体要求") and a lone ">" (a breadcrumb's separator) are common
	// in plain text too and tell nothing.
	markdownMark = regexp.MustCompile(`(?m)^(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|>[ \t]*[^\s>]|\*\*\S|` + "```" + `|[^\n]*[^\s=-][^\n]*\n(?:={3,}|-{3,})[ \t]*\r?$)`)
)

// detectFormat tells the markup of a body. A body with HTML elements is
// HTML, unless Markdown's own lines (see countMarkdownLines) are at least
// three and outnumber its tags, or its lines of bare text outnumber those
// with tags, or two of them are # headings: a Hexo post written in Markdown with a <p class="lead"> or
// <figure> blocks in it, or a WeChat export with one <br /> at its end,
// is Markdown, which keeps the HTML as is.
func detectFormat(body []byte) Format {
	switch {
	case hasHTML(body):
		if !markOpensLine(body) {
			return FormatHTML // no line of Markdown's own (countMarkdownLines would count none)
		}
		if md, atx, bare, tagged := countMarkdownLines(body); md >= 3 && (md > countTags(body) || bare > tagged || atx >= 2) {
			return FormatMarkdown
		}
		return FormatHTML
	case markdownMark.Match(body):
		return FormatMarkdown
	}
	return FormatText
}

// markdownMarks are the bytes countMarkdownLines finds Markdown's lines
// opening with.
const markdownMarks = "#-*_=!`"

// isMarkdownMark reports whether c is one of markdownMarks, by a switch:
// markOpensLine asks it of every line.
func isMarkdownMark(c byte) bool {
	switch c {
	case '#', '-', '*', '_', '=', '!', '`':
		return true
	}
	return false
}

// markOpensLine reports whether a line of body opens with one of
// markdownMarks: a look at each line's first byte, which spares HTML,
// where none does, the rest of countMarkdownLines.
func markOpensLine(body []byte) bool {
	for i := 0; i < len(body); {
		if isMarkdownMark(body[i]) {
			return true
		}
		j := bytes.IndexByte(body[i:], '\n')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

// countMarkdownLines counts the lines of Markdown's own in body, outside
// <pre> elements: headings ("# …" to "###### …", counted apart too: HTML
// has no such lines outside <pre>, so two of them make a body Markdown
// with HTML in it), thematic breaks
// (---, ***, ___) and setext underlines (===), lines that open with bold
// (**…), images (![…](…)) and fences (```); and the other lines with
// text, apart as they hold a "<" or not.
func countMarkdownLines(body []byte) (n, atx, bare, tagged int) {
	pre := false // inside a <pre> element
	for len(body) > 0 {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if bytes.IndexByte(line, '<') >= 0 {
			tagged++
			// # lines inside <pre> (a shell script's comments) are no
			// headings.
			if containsFold(line, "<pre") {
				pre = !containsFold(line, "</pre")
			} else if pre && containsFold(line, "</pre") {
				pre = false
			}
		} else {
			bare++
		}
		if pre || strings.IndexByte(markdownMarks, line[0]) < 0 {
			continue // most lines: no mark of Markdown's at their start
		}
		line = bytes.TrimRight(line, " \t\r")
		switch {
		case line[0] == '#':
			k := 0
			for k < len(line) && line[k] == '#' {
				k++
			}
			if k <= 6 && k+1 < len(line) && (line[k] == ' ' || line[k] == '\t') && len(bytes.TrimSpace(line[k:])) > 0 {
				n++
				atx++
			} else if unspacedATX(line) > 0 {
				n++ // ###参与者
				atx++
			}
		case len(line) >= 3 && (line[0] == '-' || line[0] == '*' || line[0] == '_' || line[0] == '='):
			// A thematic break, or a setext heading's underline.
			if len(bytes.Trim(line, string(line[:1]))) == 0 {
				n++
			} else if bytes.HasPrefix(line, []byte("**")) && len(line) > 2 && line[2] != ' ' {
				n++ // a bold line: **涨声一片**
			}
		case bytes.HasPrefix(line, []byte("![")) || bytes.HasPrefix(line, []byte("```")):
			n++ // an image, a fence
		}
	}
	return n, atx, bare, tagged
}

// countTags counts what looks like a start or end tag in body: "<" then
// a letter or "/".
func countTags(body []byte) int {
	n := 0
	for i := bytes.IndexByte(body, '<'); i >= 0 && i+1 < len(body); {
		c := body[i+1]
		if c == '/' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			n++
		}
		j := bytes.IndexByte(body[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// hasHTML reports whether body holds a tag of a known HTML element (a
// comment alone, as in LawRefBook's Markdown, does not count): "<", an
// optional "/", a name of up to 16 letters and digits, then a space, "/"
// or ">", or a doctype. A name in capitals counts only as a closing tag
// (</P>), with attributes (<DIV class=x>) or as a void element (<BR>):
// <ID> and <NAME> alone are placeholders in plain text. Like a regexp's
// first eight matches, it looks at the first eight such tags only.
func hasHTML(body []byte) bool {
	seen := 0
	for i := bytes.IndexByte(body, '<'); i >= 0 && seen < 8; {
		rest := body[i+1:]
		closing := len(rest) > 0 && rest[0] == '/'
		if closing {
			rest = rest[1:]
		}
		n := 0
		for n < len(rest) && n < 16 && isAlnum(rest[n]) && (n > 0 || isLetter(rest[0])) {
			n++
		}
		switch {
		case n > 0 && n < len(rest) && (rest[n] == '/' || rest[n] == '>' || isTagSpace(rest[n])):
			seen++
			if a := atom.Lookup(bytes.ToLower(rest[:n])); a != 0 {
				if rest[0] >= 'a' || closing || rest[n] != '>' || a == atom.Br || a == atom.Hr || a == atom.Img {
					return true
				}
			}
		case !closing && len(rest) > 9 && (string(rest[:8]) == "!doctype" || string(rest[:8]) == "!DOCTYPE") && (rest[8] == '/' || rest[8] == '>' || isTagSpace(rest[8])):
			return true
		}
		j := bytes.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i = len(body) - len(rest) + j
	}
	return false
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isLetter(c) || c >= '0' && c <= '9' }

// bodyHTML returns the body as HTML for the tokenizer: Markdown is
// rendered with goldmark (raw HTML in it kept, so that the removal rules
// see it), plain text becomes one <p> per block of lines. Markdown that
// goldmark could not read in time linear in its size (see
// markdownBounded) is read as plain text, with a warning.
func bodyHTML(body []byte, f Format, doc *Document) ([]byte, error) {
	if f == FormatAuto {
		f = detectFormat(body)
	}
	switch f {
	case FormatMarkdown:
		if why := markdownBounded(body); why != "" {
			doc.Warnings = append(doc.Warnings, Warning{Code: "markdown-limit",
				Message: "Markdown read as plain text: " + why})
			return textHTML(body), nil
		}
		body = paragraphLines(spaceATXHeadings(body))
		var out bytes.Buffer
		out.Grow(len(body) + len(body)/4)
		// Attributes after a heading ({#id}, {align="center"}) are markup,
		// not its title.
		md := goldmark.New(goldmark.WithParserOptions(gmparser.WithAttribute()), goldmark.WithRendererOptions(ghtml.WithUnsafe()))
		if err := md.Convert(body, &out); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	case FormatText:
		return textHTML(body), nil
	}
	return body, nil
}

// unspacedATX reports whether line is a heading written with no space
// after its #s, as GitHub's first Markdown took it and Chinese notes still
// write it (##**2016年3月13日**, ###参与者): one to six #s, then bold or a
// rune past ASCII (#include and #1 stay text), and no other # on the line
// (#话题# is a hashtag). It returns how many #s there are, or 0.
func unspacedATX(line []byte) int {
	k := 0
	for k < len(line) && line[k] == '#' {
		k++
	}
	if k == 0 || k > 6 || k == len(line) || bytes.IndexByte(line[k:], '#') >= 0 {
		return 0
	}
	if c := line[k]; c >= utf8.RuneSelf || c == '*' && k+1 < len(line) && line[k+1] == '*' {
		return k
	}
	return 0
}

// emptyATX returns how many #s a line of only one to six #s holds, or 0.
func emptyATX(line []byte) int {
	t := bytes.TrimRight(line, " \t\r\n")
	if len(t) == 0 || len(t) > 6 || len(bytes.Trim(t, "#")) > 0 {
		return 0
	}
	return len(t)
}

// nextLine returns the first line of b that is not blank, without its
// line end, and how many bytes of b lie before that line end; nil when
// there is none.
func nextLine(b []byte) ([]byte, int) {
	at := 0
	for line := range bytes.Lines(b) {
		at += len(line)
		if t := bytes.TrimRight(line, "\r\n"); len(bytes.TrimSpace(t)) > 0 {
			return t, at - (len(line) - len(t))
		}
	}
	return nil, 0
}

// endsParagraph reports whether rest, what follows a line from its line
// end on, leaves that line a paragraph of its own: nothing, or a blank
// line, comes next.
func endsParagraph(rest []byte) bool {
	rest = bytes.TrimPrefix(bytes.TrimPrefix(rest, []byte("\r")), []byte("\n"))
	if len(rest) == 0 {
		return true
	}
	line, _, _ := bytes.Cut(rest, []byte("\n"))
	return len(bytes.TrimSpace(line)) == 0
}

// atxText reports whether line can be the text of a heading set
// apart from its #s: short, plain text (no Markdown block of its own),
// with no sentence end.
func atxText(line []byte) bool {
	n := utf8.RuneCount(line)
	if n < 2 || n > maxPlain || bytes.ContainsAny(line, "。！？!?") {
		return false
	}
	switch line[0] {
	case '#', '!', '[', '>', '-', '+', '*', '|', '`', '~', ' ', '\t', '<':
		return false
	}
	return true
}

// paragraphLines puts a blank line between two lines of text that follow
// each other in Markdown that is not set to a fixed width (see
// softWrapped): there, as in WeChat articles saved as Markdown
// (**关于价格** / 提问：你猜…), a line is a paragraph, not a soft-wrapped part of
// one. Lines of Markdown's own blocks (lists, quotes, tables, headings,
// fences, indented code, HTML, setext underlines) are left as they are;
// body is returned as it is when nothing changes.
func paragraphLines(body []byte) []byte {
	if softWrapped(body) > 0 {
		return body
	}
	var out []byte
	copied := 0
	fence := false
	prevText := false // the line before is a line of text
	html := false     // inside an HTML block
	at := 0
	for line := range bytes.Lines(body) {
		start := at
		at += len(line)
		t := bytes.TrimRight(line, "\r\n")
		if bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			fence = !fence
			prevText = false
			continue
		}
		// An HTML block runs from a line that opens with a tag to a blank
		// line; its lines are the HTML's, not paragraphs.
		if len(bytes.TrimSpace(t)) == 0 {
			html = false
		} else if t[0] == '<' {
			html = true
		}
		text := !fence && !html && markdownTextLine(t)
		if text && prevText {
			if out == nil {
				out = make([]byte, 0, len(body)+len(body)/16)
			}
			out = append(out, body[copied:start]...)
			out = append(out, '\n')
			copied = start
		}
		prevText = text && t[len(t)-1] != '\\' && !bytes.HasSuffix(t, []byte("  ")) // a hard break is kept
	}
	if out == nil {
		return body
	}
	return append(out, body[copied:]...)
}

// markdownTextLine reports whether line is a line of a paragraph's text:
// not blank, and opening with no mark of another Markdown block.
func markdownTextLine(line []byte) bool {
	if len(bytes.TrimSpace(line)) == 0 || bytes.IndexByte(line, '|') >= 0 {
		return false
	}
	switch line[0] {
	case ' ', '\t', '#', '>', '-', '+', '=', '<', '|', '`', '~':
		return false
	case '*':
		return len(line) > 1 && line[1] == '*' // **bold**, not a bullet
	}
	if c := line[0]; c >= '0' && c <= '9' {
		i := 0
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i < len(line) && (line[i] == '.' || line[i] == ')') {
			return false // an ordered list's item
		}
	}
	return true
}

// spaceATXHeadings puts the space CommonMark needs after the #s of each
// unspaced heading line (see unspacedATX) outside fenced code, and joins
// a line of #s alone with the short line of text after it; body is
// returned as it is when it has neither.
func spaceATXHeadings(body []byte) []byte {
	var out []byte
	copied := 0 // body[:copied] is in out
	fence := false
	at := 0
	for line := range bytes.Lines(body) {
		start := at
		at += len(line)
		if bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~")) {
			fence = !fence
			continue
		}
		if fence || line[0] != '#' {
			continue
		}
		if k := emptyATX(line); k > 0 {
			// # / (blank) / 大豆危机：80%以上的大豆需要进口: a heading whose
			// text a conversion put on a line of its own.
			if next, skip := nextLine(body[at:]); next != nil && atxText(next) && endsParagraph(body[at+skip:]) {
				if out == nil {
					out = make([]byte, 0, len(body)+64)
				}
				out = append(out, body[copied:start+k]...)
				out = append(out, ' ')
				out = append(out, next...)
				copied = at + skip
				continue
			}
		}
		if k := unspacedATX(bytes.TrimRight(line, "\r\n")); k > 0 {
			if out == nil {
				out = make([]byte, 0, len(body)+64)
			}
			out = append(out, body[copied:start+k]...)
			out = append(out, ' ')
			copied = start + k
		}
	}
	if out == nil {
		return body
	}
	return append(out, body[copied:]...)
}

// Limits on Markdown that goldmark reads. Its work grows with the square
// of the nesting of block containers on a line (> > > …, - - - …) and of
// the inline delimiters in one paragraph ([[[…, *a_ *a_ …); within these
// limits it stays linear in the input. Real Markdown is far within them.
const (
	maxMarkdownNesting = 16  // block containers opened on one line
	maxMarkdownDelims  = 512 // * _ [ ] ` < ! in one paragraph
)

// markdownDelims is 1 for the bytes markdownBounded counts as inline
// delimiters (* _ [ ] ` < !), 0 for the others: a look-up for every byte
// of a Markdown body, where a switch branched. It is read-only.
var markdownDelims = func() (t [256]uint8) {
	for _, c := range "*_[]`<!" {
		t[c] = 1
	}
	return t
}()

// markdownBounded returns why body is past the Markdown limits, or "".
func markdownBounded(body []byte) string {
	delims := 0
	for line := range bytes.Lines(body) {
		trimmed := bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(trimmed)) == 0 {
			delims = 0 // a blank line ends the paragraph
			continue
		}
		if containerDepth(trimmed) > maxMarkdownNesting {
			return "block containers nested deeper than " + strconv.Itoa(maxMarkdownNesting) + " on one line"
		}
		for _, c := range line {
			delims += int(markdownDelims[c])
		}
		if delims > maxMarkdownDelims {
			return "more than " + strconv.Itoa(maxMarkdownDelims) + " inline delimiters in one paragraph"
		}
	}
	return ""
}

// containerDepth counts the block quote and list markers that open a
// line: "> > - 1. text" has four.
func containerDepth(line []byte) int {
	depth := 0
	for len(line) > 0 {
		n := 0
		switch c := line[0]; {
		case c == '>':
			n = 1
		case (c == '-' || c == '+' || c == '*') && len(line) > 1 && (line[1] == ' ' || line[1] == '\t'):
			n = 1
		case c >= '0' && c <= '9':
			for n < len(line) && n < 10 && line[n] >= '0' && line[n] <= '9' {
				n++
			}
			if n >= len(line) || (line[n] != '.' && line[n] != ')') {
				return depth
			}
			n++
		default:
			return depth
		}
		depth++
		line = bytes.TrimLeft(line[n:], " \t")
	}
	return depth
}

// textHTML makes paragraphs of plain text, one <p> each. Whether a line
// break inside a block of lines ends a paragraph is decided per document
// from the text itself (see softWrapped): in text set to a fixed width a
// full line runs on into the next, and a short line, a blank line or an
// indented line ends a paragraph; in any other text (one paragraph a
// line, as press releases, laws and reports are saved) every line is a
// paragraph, blank lines or not. Lines of tab-separated columns make a
// <table> (see isTableRow). Its output is written in one pass into a
// buffer sized for the markup paragraphs add (a table's may grow it).
func textHTML(body []byte) []byte {
	running := runningLines(body)
	wrap := softWrappedApart(body, running)
	separators := pageRules(body, running)
	frag := wrap == 0 && fragmented(body)
	out := make([]byte, 0, len(body)+len(body)/8+64)
	open, joinNext := false, false
	lastEnds := false     // the line written last ends a sentence
	lastFragment := false // the line written last is a fragment (see fragmented)
	// A page's number between two parts of a paragraph that runs on over
	// a page break (…方 / -3- / 法和手段…) waits for the paragraph to
	// end, then stands as a paragraph of its own (see the page-number rule).
	var pageNumber []byte
	closeP := func() {
		if open {
			out = append(out, "</p>\n"...)
			open = false
		}
		if pageNumber != nil {
			out = append(out, "<p>"...)
			out = appendEscaped(out, pageNumber)
			out = append(out, "</p>\n"...)
			pageNumber = nil
		}
	}
	emit := func(line []byte) {
		if wrap > 0 && open && joinNext && pageNumber == nil && pageNumberLine(line) {
			pageNumber = bytes.TrimSpace(line)
			return
		}
		if frag {
			// 依据《…关于开展 / 2021 / 年电力需求响应工作的通知》: the parts of
			// a line a page set in elements of their own, broken apart
			// where each element ended, go back together.
			isFrag := fragmentLine(line)
			if open && (isFrag || lastFragment) && !lineEndsSentence(out) && !startsParagraph(line) {
				out = bytes.TrimRight(out, "\r\n")
				out = appendEscaped(out, bytes.TrimLeft(line, " \t"))
				lastFragment = isFrag
				return
			}
			lastFragment = isFrag
		}
		if open && (!joinNext || startsParagraph(line)) {
			closeP()
		}
		if !open {
			out = append(out, "<p>"...)
			open = true
		}
		out = appendEscaped(out, line)
		// 释义 ........ 7, or the title over every page, runs on into nothing.
		joinNext = wrap > 0 && lineWidth(line) >= wrap && !contentsEntry(line) && !running[string(bytes.TrimSpace(line))]
		lastEnds = lineEndsSentence(line)
	}
	// A short line framed by two rules of one kind (==== / 执行计划 / ====)
	// is a heading: <h2> between rules of =, <h3> between rules of -.
	// Blank lines may stand between them, as in text with a blank line
	// after every paragraph.
	var rule, framed []byte     // the opening rule and the line after it, while undecided
	var ruleGap, framedGap bool // a blank line came after each
	flush := func() {
		if rule != nil {
			emit(rule)
			if ruleGap {
				closeP()
			}
		}
		if framed != nil {
			emit(framed)
			if framedGap {
				closeP()
			}
		}
		rule, framed, ruleGap, framedGap = nil, nil, false, false
	}
	// Lines of tab-separated columns, two or more in a row (blank lines
	// between them or not), are a table (税　　目<TAB>税　　率<TAB>备　　注
	// over its rows); one alone is a line, but for a row of three cells
	// or more as wide as a table of the text, which is a table of one row:
	// the rows of a table whose cells hold several lines stand apart
	// (2.2.1<TAB>投标人要求澄清招标文件<TAB>时间：… / 形式：… / 2.2.2<TAB>…).
	var rows [][]byte
	var handle func(line []byte)
	widths := tableWidths(body)
	endRows := func() {
		if len(rows) >= 2 || len(rows) == 1 && tableCells(rows[0]) >= 3 && widths[columns(rows[0])] && !fieldRow(rows[0]) {
			flush()
			closeP()
			out = appendTable(out, rows)
			joinNext = false
		} else {
			for _, row := range rows {
				handle(row)
			}
		}
		rows = rows[:0]
	}
	handle = func(line []byte) {
		if isBlankLine(line) {
			switch {
			case framed != nil:
				framedGap = true
			case rule != nil:
				ruleGap = true
			default:
				closeP()
			}
			return
		}
		r := ruleChar(line)
		if separators && r != 0 {
			// A rule between the blocks of a page, framing no heading,
			// ends a paragraph, but for one whose last line ran to the
			// text's width in a sentence: a block's line wrapped on into
			// the next block.
			flush()
			if !joinNext || lastEnds {
				closeP()
			}
			return
		}
		switch {
		case rule != nil && framed == nil && r == 0 && framedText(bytes.TrimSpace(line)):
			framed = line
			return
		case rule != nil && framed != nil && r == ruleChar(rule):
			closeP()
			tag := "h2"
			if r == '-' {
				tag = "h3"
			}
			out = append(out, "<"+tag+">"...)
			out = appendEscaped(out, bytes.TrimSpace(framed))
			out = append(out, "</"+tag+">\n"...)
			rule, framed, ruleGap, framedGap, joinNext = nil, nil, false, false, false
			return
		}
		flush()
		if r != 0 {
			rule = line
			return
		}
		emit(line)
	}
	var gap [][]byte // blank lines after a row: a table's rows may stand apart so
	for line := range bytes.Lines(body) {
		switch {
		case isTableRow(line):
			rows, gap = append(rows, line), gap[:0]
			continue
		case len(rows) > 0 && isBlankLine(line):
			gap = append(gap, line)
			continue
		}
		endRows()
		for _, g := range gap {
			handle(g)
		}
		gap = gap[:0]
		handle(line)
	}
	endRows()
	for _, g := range gap {
		handle(g)
	}
	flush()
	closeP()
	return out
}

// isTableRow reports whether line holds columns apart by tabs, two of
// them with text at least: a row of a table saved as text. A tab that
// indents a paragraph makes none.
func isTableRow(line []byte) bool {
	return bytes.IndexByte(line, '\t') >= 0 && tableCells(line) >= 2
}

// columns returns how many columns a row of tab-separated cells has,
// empty ones included.
func columns(row []byte) int {
	return bytes.Count(bytes.TrimRight(row, "\r\n"), []byte("\t")) + 1
}

// tableWidths returns the widths, in columns, of the tables of body: the
// widths of two rows or more, wherever they stand (the rows of a table
// whose cells hold several lines stand apart). A line of fields
// (发布时间：…<TAB>来源：…<TAB>作者：…) is no row.
func tableWidths(body []byte) map[int]bool {
	seen := map[int]int{}
	var widths map[int]bool
	for line := range bytes.Lines(body) {
		if isTableRow(line) && !fieldRow(line) {
			n := columns(line)
			if seen[n]++; seen[n] == 2 {
				if widths == nil {
					widths = map[int]bool{}
				}
				widths[n] = true
			}
		}
	}
	return widths
}

// fieldRow reports whether every cell with text of a tab-separated line
// is a field, a short label and its value (发布时间：2024-03-01<TAB>来源：
// 市林业局<TAB>作者：张伟): a line of the page's meta, no table's row.
func fieldRow(line []byte) bool {
	for cell := range bytes.SplitSeq(bytes.TrimRight(line, "\r\n"), []byte("\t")) {
		if c := bytes.TrimSpace(cell); len(c) > 0 && !fieldLabel(string(c)) {
			return false
		}
	}
	return true
}

// tableCells counts the cells with text of a line of tab-separated
// columns.
func tableCells(line []byte) int {
	cells := 0
	for cell := range bytes.SplitSeq(bytes.TrimRight(line, "\r\n"), []byte("\t")) {
		if !isBlankLine(cell) {
			cells++
		}
	}
	return cells
}

// appendTable writes rows of tab-separated cells as an HTML table.
func appendTable(out []byte, rows [][]byte) []byte {
	out = append(out, "<table>\n"...)
	for _, row := range rows {
		out = append(out, "<tr>"...)
		for cell := range bytes.SplitSeq(bytes.TrimRight(row, "\r\n"), []byte("\t")) {
			out = append(out, "<td>"...)
			out = appendEscaped(out, bytes.TrimSpace(cell))
			out = append(out, "</td>"...)
		}
		out = append(out, "</tr>\n"...)
	}
	return append(out, "</table>\n"...)
}

// framedText reports whether line can be a heading framed by rules: at
// most twice a plain subhead's length, with no sentence end and no
// columns.
func framedText(line []byte) bool {
	n := utf8.RuneCount(line)
	// 项目    金额: the columns of a table's header are no heading.
	return n >= 2 && n <= 2*maxPlain && !bytes.ContainsAny(line, "。！？!?\t") && !bytes.Contains(line, []byte("  "))
}

// pageRules reports whether the rules of a plain text part the blocks of
// its pages rather than frame its headings: four lines or more stand
// alone between two rules, a fifth of them at least are a page's
// number (1-1) or its running header, two pages' numbers at least, as in
// text extracted from a PDF
// with a rule after every block. A rule there ends a paragraph.
func pageRules(body []byte, running map[string]bool) bool {
	framed, chrome, pages := 0, 0, 0
	var single []byte // the one line since the last rule
	lines := -1       // lines since the last rule, -1 before the first
	for line := range bytes.Lines(body) {
		switch {
		case ruleChar(line) != 0:
			if lines == 1 {
				framed++
				t := bytes.TrimSpace(single)
				page := pageNumberLine(t)
				if page {
					pages++
				}
				if page || running[string(t)] {
					chrome++
				}
			}
			lines = 0
		case lines >= 0 && !isBlankLine(line):
			lines++
			single = line
		}
	}
	return framed >= 4 && pages >= 2 && chrome*5 >= framed
}

// ruleChar returns the character a rule line of plain text is drawn with
// (= or -, eight or more, nothing else on the line but spaces), or 0.
func ruleChar(line []byte) byte {
	t := bytes.TrimSpace(line)
	if len(t) < 8 || t[0] != '=' && t[0] != '-' {
		return 0
	}
	for _, c := range t {
		if c != t[0] {
			return 0
		}
	}
	return t[0]
}

// Fixed-width text: its lines are at most maxWrapWidth columns, and a
// third of the lines that run on into the next at least are within
// wrapSlack columns of the widest (see softWrapped).
const (
	maxWrapWidth = 160
	wrapSlack    = 6
)

// softWrapped tells whether body is text set to a fixed width, and
// returns the width from which a line runs on into the next (0 when the
// text is not wrapped). Such text has a narrow widest line, and many of
// its lines that a non-blank line follows are full, broken inside a
// sentence: where the width ran out, not where a paragraph ended. Text
// with one paragraph a line has lines of every length, many far wider,
// and ends its sentences at its lines' ends.
func softWrapped(body []byte) int {
	return softWrappedApart(body, runningLines(body))
}

// runningLines returns the lines (trimmed, of 24 bytes or more) that come
// back word for word three times or more and never right after
// themselves: a page's running header or footer, as text copied from a
// PDF sets the document's title over every page.
func runningLines(body []byte) map[string]bool {
	type repeat struct{ count, last int }
	seen := map[string]repeat{}
	n := 0
	for line := range bytes.Lines(body) {
		n++
		if t := bytes.TrimSpace(line); len(t) >= 24 {
			r := seen[string(t)]
			switch {
			case r.count > 0 && r.last == n-1:
				r.count = -1 // a run of one line: no page's header
			case r.count >= 0:
				r.count++
			}
			r.last = n
			seen[string(t)] = r
		}
	}
	var out map[string]bool
	for t, r := range seen {
		if r.count >= 3 {
			if out == nil {
				out = map[string]bool{}
			}
			out[t] = true
		}
	}
	return out
}

// softWrappedApart is softWrapped with the running lines given, which
// (like the entries of a table of contents) count for no width.
func softWrappedApart(body []byte, running map[string]bool) int {
	followed := 0
	var count [maxWrapWidth + 1]int // lines of each width
	var widths []int                // of the lines a non-blank line follows, twice, plus one when the line ends a sentence
	prev := -1
	for line := range bytes.Lines(body) {
		if isBlankLine(line) {
			prev = -1
			continue
		}
		if running[string(bytes.TrimSpace(line))] || contentsEntry(line) {
			// A page's running header, and an entry of a table of
			// contents (释义 ........ 7), as wide as its dots make it,
			// are no lines of the text's width.
			prev = -1
			continue
		}
		w := lineWidth(line)
		if w > maxWrapWidth {
			return 0
		}
		count[w]++
		if prev >= 0 {
			widths = append(widths, prev)
			followed++
		}
		prev = 2 * w
		if lineEndsSentence(line) {
			prev++
		}
	}
	// The widest is the width a few lines reach (one in twenty of those
	// that run on, at least three): a line of a table or a signature may
	// stand out past the width the rest were set to.
	widest, reach := 0, 0
	for w := maxWrapWidth; w > 0; w-- {
		if reach += count[w]; reach >= max(3, followed/20) {
			widest = w
			break
		}
	}
	if followed < 3 || widest < 40 {
		return 0
	}
	// Full lines are a third of those that run on, at least (the rest
	// end paragraphs, or are short lines of headings and tables), and
	// most of them break off inside a sentence: lines a paragraph each,
	// of lengths that happen to be alike, end their sentences.
	full, open := 0, 0
	for _, w := range widths {
		if w/2 >= widest-wrapSlack {
			full++
			if w%2 == 0 {
				open++
			}
		}
	}
	if full*3 < followed || open*3 < full*2 {
		return 0
	}
	return widest - wrapSlack
}

// contentsEntry reports whether line is an entry of a table of contents:
// a title, a leader of dots and a page number (see tocLeader).
func contentsEntry(line []byte) bool {
	if !bytes.Contains(line, []byte("....")) && !bytes.Contains(line, []byte("……")) && !bytes.Contains(line, []byte("····")) {
		return false
	}
	return tocLeader.Match(bytes.TrimRight(line, " \t\r\n"))
}

// lineEndsSentence reports whether a line ends with the end of a
// sentence or of a clause: 。！？；, a colon, or a closing quotation mark.
func lineEndsSentence(line []byte) bool {
	r, _ := utf8.DecodeLastRune(bytes.TrimRight(line, " \t\r\n\u3000"))
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '：', ':', '”', '」', '』':
		return true
	}
	return false
}

// lineWidth is the width of a line in columns: two for a wide,
// full-width or ambiguous character, one for any other; the line end is
// not counted.
func lineWidth(line []byte) int {
	n := 0
	for _, r := range string(bytes.TrimRight(line, "\r\n")) {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
			// Ambiguous characters (“ ” … —) are wide in Chinese text.
			n += 2
		default:
			n++
		}
	}
	return n
}

// maxFragment is the most runes a fragment line has (see fragmentLine).
const maxFragment = 4

// fragmentMarks are the characters but digits a fragment line is made of.
const fragmentMarks = "年月日号號〔〕（）()【】[]、，,.．:：;；%％-—"

// fragmentLine reports whether line is a fragment of a line: a number,
// a date's 年, 月 or 日, a bracket or a mark of punctuation alone (2021,
// 〕, 号）), as text copied from a page that set each in an element of its
// own comes with them on lines of their own.
func fragmentLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(t) > maxFragment*utf8.UTFMax {
		return false
	}
	n := 0
	for _, r := range string(t) {
		n++
		if n > maxFragment || !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(fragmentMarks, r)) {
			return false
		}
	}
	return true
}

// fragmented tells whether body is text copied from a page whose lines
// were broken apart at its elements: eight fragment lines at least, and
// one line in twenty.
func fragmented(body []byte) bool {
	lines, frags := 0, 0
	for line := range bytes.Lines(body) {
		if isBlankLine(line) {
			continue
		}
		lines++
		if fragmentLine(line) {
			frags++
		}
	}
	return frags >= 8 && frags*20 >= lines
}

// pageNumberLine reports whether line is only a page's number: -3-,
// — 12 —, 第3页 (the forms of the page-number rule).
func pageNumberLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) <= 48 && pageNumberRe.Match(t)
}

// startsParagraph reports whether a line of fixed-width text opens a
// paragraph even after a full line: it is indented (two spaces, a tab, or
// an ideographic space), or it starts with a number of the outline
// (一、, （一）, 第一条 …).
func startsParagraph(line []byte) bool {
	if bytes.HasPrefix(line, []byte("  ")) || bytes.HasPrefix(line, []byte("\t")) || bytes.HasPrefix(line, []byte("\u3000")) {
		return true
	}
	return maybeNumbered(string(bytes.TrimSpace(line[:min(len(line), 64)]))) && numberOf(string(bytes.TrimSpace(line))) != nil
}

// isBlankLine reports whether a line holds only white space, U+3000
// included.
func isBlankLine(line []byte) bool {
	for len(line) > 0 {
		switch {
		case line[0] == ' ' || line[0] == '\t' || line[0] == '\r' || line[0] == '\n':
			line = line[1:]
		case bytes.HasPrefix(line, []byte("\u3000")):
			line = line[len("\u3000"):]
		default:
			return false
		}
	}
	return true
}

// appendEscaped appends s with the characters that HTML reads as markup
// escaped, as html.EscapeString does.
func appendEscaped(out, s []byte) []byte {
	for len(s) > 0 {
		i := bytes.IndexAny(s, "<>&'\"")
		if i < 0 {
			return append(out, s...)
		}
		out = append(out, s[:i]...)
		switch s[i] {
		case '<':
			out = append(out, "&lt;"...)
		case '>':
			out = append(out, "&gt;"...)
		case '&':
			out = append(out, "&amp;"...)
		case '\'':
			out = append(out, "&#39;"...)
		case '"':
			out = append(out, "&#34;"...)
		}
		s = s[i+1:]
	}
	return out
}
