package newsdoc

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Text returns the document as plain text: the title first (unless the
// first paragraph already is the title), then every paragraph, separated
// by a blank line. A paragraph with a Number (a heading or list item) has
// it before its text (with one space between when the number ends in an
// ASCII character, as "1." does); an image is its caption, or its alt
// text when it has no caption, and is left out when it has neither; a
// table is its caption on a line of its own, then its rows, one a line,
// each cell once and cells separated by tabs (a tab or line break inside
// a cell becomes a space). A quote is its text. Marks, image URLs and metadata other than the title
// are left out; every word of every paragraph's Number and Text, every
// caption and every table cell is kept. An empty document gives "".
//
// Text only reads the Document, so it is safe for concurrent use.
func (d *Document) Text() string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	if d.Title != "" && (len(d.Paragraphs) == 0 || !textIsTitle(&d.Paragraphs[0], d.Title)) {
		add(d.Title)
	}
	for i := range d.Paragraphs {
		add(textParagraph(&d.Paragraphs[i]))
	}
	return b.String()
}

// textIsTitle reports whether p already is the title.
func textIsTitle(p *Paragraph, title string) bool {
	title = trimSpace(title)
	return trimSpace(p.Text) == title || trimSpace(textParagraph(p)) == title
}

// textParagraph renders one paragraph for Text.
func textParagraph(p *Paragraph) string {
	switch p.Kind {
	case KindImage:
		if c := textImageCaption(p); c != "" {
			return c
		}
		if p.Image != nil {
			return p.Image.Alt
		}
		return ""
	case KindTable:
		return textTable(p)
	}
	return textWithNumber(p.Number, p.Text)
}

// textImageCaption is an image paragraph's caption: its text, else the
// caption of its Image.
func textImageCaption(p *Paragraph) string {
	if p.Text != "" || p.Image == nil {
		return p.Text
	}
	return p.Image.Caption
}

// textWithNumber puts a numbering before text: "（一）" + "标题", "1." + " " +
// "Title".
func textWithNumber(number, text string) string {
	return number + textNumberSep(number, text) + text
}

// textNumberSep is what goes between a number and its text: a space when the
// number ends in an ASCII character other than a space ("1.", "A)"),
// nothing after a Chinese one ("一、", "（1）", "第三条") or when either is
// empty.
func textNumberSep(number, text string) string {
	if number == "" || text == "" {
		return ""
	}
	if c := number[len(number)-1]; c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '\n' {
		return " "
	}
	// 阶段 A ·, J0 —: a plan's code ends with the separator before its
	// title, which a space follows.
	if r, _ := decodeLastRune(number); strings.ContainsRune("·•・—–｜", r) {
		return " "
	}
	return ""
}

// textTable renders a table for Text: its caption, then its rows.
func textTable(p *Paragraph) string {
	var lines []string
	if p.Caption != "" {
		lines = append(lines, p.Caption)
	}
	if len(p.Rows) == 0 {
		if p.Text != "" {
			lines = append(lines, p.Text)
		}
		return strings.Join(lines, "\n")
	}
	cellSpace := strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")
	for _, row := range p.Rows {
		if len(row) == 0 {
			continue
		}
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = cellSpace.Replace(c.Text)
		}
		lines = append(lines, strings.Join(cells, "\t"))
	}
	return strings.Join(lines, "\n")
}

// Markdown returns the document as CommonMark with GitHub's table
// extension, ending in a line break ("" for an empty document).
//
// It starts with a YAML front matter block between "---" lines holding
// the metadata and credits that are set: title, date (RFC 3339), author,
// categories, tags, url, site_name, description, language, and credits
// (original_title, source, authors, editors, responsible_editors, and
// others as label/name pairs). No title heading is added to the body:
// its paragraphs, title lines included, are written as they are. Then
// come the paragraphs, in order: a heading as "#" repeated by its
// Level (clamped to 1–6) with its Number before its text; text with bold
// marks as **…** and link marks, and stock marks that have an Href, as
// [text](href); an image as ![alt](src) with its caption in italics on
// the next line; a table as a GFM table, its first row the header, every
// cell once in its column and uneven rows padded, its caption in italics
// above it (a line break in a cell is written as <br>); a list item as
// "- " or, when it has one, its Number as written; a quote as "> "; a
// line break inside a paragraph as a hard line break.
//
// All text is escaped, so nothing in it is read as Markdown or HTML:
// Markdown punctuation, "<", "&", "@" and, where they start a line, list
// and table markers and list numbers are backslash-escaped, and bare URLs
// ("www.", "://") are broken up so that GFM does not link them. Marks
// that overlap without nesting keep the one that starts first (the other
// is plain text), as does a mark inside another of its kind; bold inside
// a heading is left out (a heading is bold already), and a bold mark that
// CommonMark would not read as bold where it stands (next to Chinese
// punctuation, say) gives up the punctuation at its edge, or else is
// plain text. Only http, https and relative URLs are linked; a link or
// image with any other URL is written as its text.
// Every word of every paragraph's Number and Text, every caption and
// every table cell is kept.
//
// Markdown only reads the Document, so it is safe for concurrent use.
func (d *Document) Markdown() string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	mdWriteFrontMatter(&b, d)
	prevItem := false
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		s := mdBlock(p)
		if s == "" {
			continue
		}
		item := p.Kind == KindListItem && p.Number == ""
		if b.Len() > 0 && !(item && prevItem) {
			b.WriteByte('\n')
		}
		b.WriteString(s)
		b.WriteByte('\n')
		prevItem = item
	}
	return b.String()
}

// mdFrontMatter is the front matter Markdown writes, in its key order.
type mdFrontMatter struct {
	Title       string     `yaml:"title,omitempty"`
	Date        string     `yaml:"date,omitempty"`
	Author      string     `yaml:"author,omitempty"`
	Categories  []string   `yaml:"categories,omitempty"`
	Tags        []string   `yaml:"tags,omitempty"`
	URL         string     `yaml:"url,omitempty"`
	SiteName    string     `yaml:"site_name,omitempty"`
	Description string     `yaml:"description,omitempty"`
	Language    string     `yaml:"language,omitempty"`
	Credits     *mdCredits `yaml:"credits,omitempty"`
}

type mdCredits struct {
	OriginalTitle      string     `yaml:"original_title,omitempty"`
	Source             string     `yaml:"source,omitempty"`
	Authors            []string   `yaml:"authors,omitempty"`
	Editors            []string   `yaml:"editors,omitempty"`
	ResponsibleEditors []string   `yaml:"responsible_editors,omitempty"`
	Others             []mdCredit `yaml:"others,omitempty"`
}

type mdCredit struct {
	Label string `yaml:"label"`
	Name  string `yaml:"name"`
}

// mdWriteFrontMatter writes the front matter block, when there is anything
// to put in it.
func mdWriteFrontMatter(b *strings.Builder, d *Document) {
	v := mdValidUTF8
	vs := func(ss []string) []string {
		if len(ss) == 0 {
			return nil
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = v(s)
		}
		return out
	}
	title := d.Title
	if title == "" {
		title = d.Meta.Title
	}
	fm := mdFrontMatter{
		Title: v(title), Author: v(d.Meta.Author), Categories: vs(d.Meta.Categories), Tags: vs(d.Meta.Tags),
		URL: v(d.Meta.URL), SiteName: v(d.Meta.SiteName), Description: v(d.Meta.Description), Language: v(d.Meta.Language),
	}
	if !d.Meta.Date.IsZero() {
		fm.Date = d.Meta.Date.Format(time.RFC3339)
	}
	c := d.Credits
	if c.OriginalTitle != "" || c.Source != "" || len(c.Authors) > 0 || len(c.Editors) > 0 ||
		len(c.ResponsibleEditors) > 0 || len(c.Others) > 0 {
		mc := &mdCredits{OriginalTitle: v(c.OriginalTitle), Source: v(c.Source), Authors: vs(c.Authors),
			Editors: vs(c.Editors), ResponsibleEditors: vs(c.ResponsibleEditors)}
		for _, o := range c.Others {
			mc.Others = append(mc.Others, mdCredit{Label: v(o.Label), Name: v(o.Name)})
		}
		fm.Credits = mc
	}
	if fm.Title == "" && fm.Date == "" && fm.Author == "" && fm.Categories == nil && fm.Tags == nil &&
		fm.URL == "" && fm.SiteName == "" && fm.Description == "" && fm.Language == "" && fm.Credits == nil {
		return
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return // strings and slices of them always encode
	}
	if err := enc.Close(); err != nil {
		return
	}
	b.WriteString("---\n")
	b.Write(buf.Bytes())
	b.WriteString("---\n")
}

// mdValidUTF8 replaces invalid UTF-8, which YAML would write as base64.
func mdValidUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// mdHardBreak is a hard line break: a backslash at the end of a line.
const mdHardBreak = "\\\n"

// mdBlock renders one paragraph as a Markdown block, or "".
func mdBlock(p *Paragraph) string {
	switch p.Kind {
	case KindHeading:
		s := mdInline(p.Number, p.Text, p.Marks, " ", false)
		if s == "" {
			return ""
		}
		return strings.Repeat("#", min(max(p.Level, 1), 6)) + " " + s
	case KindImage:
		return mdImage(p)
	case KindTable:
		return mdTable(p)
	case KindQuote:
		s := mdInline(p.Number, p.Text, p.Marks, mdHardBreak, false)
		if s == "" {
			return ""
		}
		return "> " + strings.ReplaceAll(s, "\n", "\n> ")
	case KindListItem:
		s := mdInline(p.Number, p.Text, p.Marks, mdHardBreak, p.Number == "")
		if s == "" || p.Number != "" {
			return s // a numbered item is its number as written, escaped
		}
		return "- " + strings.ReplaceAll(s, "\n", "\n  ")
	}
	return mdInline(p.Number, p.Text, p.Marks, mdHardBreak, false)
}

// mdImage renders an image and its caption.
func mdImage(p *Paragraph) string {
	caption := mdItalic(textImageCaption(p))
	img := p.Image
	if img == nil {
		return caption
	}
	dest, ok := mdLinkDest(img.Src)
	if !ok {
		if caption == "" {
			return mdItalic(img.Alt)
		}
		return caption
	}
	r := mdInliner{brk: " "}
	r.text(img.Alt)
	s := "![" + r.String() + "](" + dest + ")"
	if caption != "" {
		s += "\n" + caption
	}
	return s
}

// mdItalic renders text, with no marks, in italics: "*…*", or "" for
// blank text. The emphasis always holds: it starts and ends a line, next
// to text that is not white space.
func mdItalic(s string) string {
	s = trimSpace(s)
	if s == "" {
		return ""
	}
	r := mdInliner{brk: mdHardBreak, block: true}
	r.text(s)
	out := r.String()
	if out == "" {
		return ""
	}
	return "*" + out + "*"
}

// mdTable renders a table as a GFM table, with its caption in
// italics above it.
func mdTable(p *Paragraph) string {
	var b strings.Builder
	if c := mdItalic(p.Caption); c != "" {
		b.WriteString(c)
	}
	grid := layoutTable(p.Rows, MaxTableCells).grid(p.Rows, false)
	width := 0
	for _, row := range grid {
		width = max(width, len(row))
	}
	if width == 0 {
		// No cells: a table built by hand with only its text.
		if s := mdInline("", p.Text, nil, mdHardBreak, false); s != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(s)
		}
		return b.String()
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	for i, row := range grid {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteByte('|')
		for j := range width {
			cell := ""
			if j < len(row) {
				cell = row[j]
			}
			r := mdInliner{brk: "<br>"}
			r.text(cell)
			b.WriteByte(' ')
			b.WriteString(r.String())
			b.WriteString(" |")
		}
		if i == 0 {
			b.WriteString("\n|")
			b.WriteString(strings.Repeat(" --- |", width))
		}
	}
	return b.String()
}

// mdLinkDest checks that a URL is safe to link (http, https, or relative)
// and returns it written as a link destination: white space and control
// characters percent-encoded and the characters CommonMark would read
// backslash-escaped, so that it stays one destination and means what it
// says.
func mdLinkDest(href string) (string, bool) {
	h := trimSpace(href)
	if h == "" {
		return "", false
	}
	u, err := url.Parse(h)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https":
	default:
		return "", false
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c <= ' ' || c == 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case strings.IndexByte("\\()<>&`", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// mdInline renders a paragraph's number and text with its marks.
// brk is what a line break in the text becomes: a hard line break in a
// block, where what starts a line could be read as a block marker and is
// escaped, or a space in a heading, where bold marks are left out. item
// is set for the text of a "- " list item.
func mdInline(number, text string, marks []Mark, brk string, item bool) string {
	block := brk == mdHardBreak
	sep := textNumberSep(number, text)
	off := len(number) + len(sep)
	full := number + sep + text
	spans := mdMarkSpans(full, off, text, marks, block)
	r := mdInliner{brk: brk, block: block}
	r.emit(full, 0, len(full), spans)
	if t := r.toks; item && len(t) >= 3 && t[0].kind == mdLinkOpen && (t[1].s == "x" || t[1].s == "X") && t[2].kind == mdLinkClose {
		// "- [x](…)" is a GFM task list item: the link is plain text.
		t[0].dead, t[2].dead = true, true
	}
	r.settle()
	return r.String()
}

// mdSpan is a mark as Markdown writes it: bold or a link, over
// text[start:end] of the number and text, holding the spans nested in it.
type mdSpan struct {
	link       bool
	start, end int
	dest       string // a link's destination, escaped
	children   []*mdSpan
}

// mdMarkSpans turns the marks of text, found at off in full, into a tree of
// spans that nest. Marks that are not well formed (out of range, empty,
// inside a UTF-8 sequence), stock marks without a safe Href and links
// without one are dropped; bold marks (unless bold is false) lose white
// space at their edges, and the punctuation at an edge that would keep
// CommonMark from reading them, and are merged where they touch or
// overlap. Of two marks that overlap without nesting, the one that
// starts later is dropped, as is a mark inside another of its kind.
func mdMarkSpans(full string, off int, text string, marks []Mark, bold bool) []*mdSpan {
	var spans []mdSpan
	var bolds []mdSpan
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || !mdRuneBoundary(text, m.Start) || !mdRuneBoundary(text, m.End) {
			continue
		}
		s, e := m.Start+off, m.End+off
		switch m.Kind {
		case MarkBold:
			if !bold {
				continue
			}
			if s, e = mdTrimBold(full, s, e); s < e {
				bolds = append(bolds, mdSpan{start: s, end: e})
			}
		case MarkLink, MarkStock:
			if dest, ok := mdLinkDest(m.Href); ok {
				spans = append(spans, mdSpan{link: true, start: s, end: e, dest: dest})
			}
		}
	}
	slices.SortFunc(bolds, func(a, b mdSpan) int { return cmp.Compare(a.start, b.start) })
	for i, b := range bolds {
		if k := len(spans) - 1; i > 0 && !spans[k].link && b.start <= spans[k].end {
			spans[k].end = max(spans[k].end, b.end)
			continue
		}
		spans = append(spans, b)
	}
	// Longer first at one start; a link outside a bold of the same range,
	// so that the emphasis sits between brackets.
	slices.SortStableFunc(spans, func(a, b mdSpan) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.end, a.end); c != 0 {
			return c
		}
		if a.link != b.link {
			if a.link {
				return -1
			}
			return 1
		}
		return 0
	})
	var roots []*mdSpan
	var stack []*mdSpan
	for i := range spans {
		sp := &spans[i]
		for len(stack) > 0 && stack[len(stack)-1].end <= sp.start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && sp.end > stack[len(stack)-1].end {
			continue // crosses the open span: plain text
		}
		same := false
		for _, o := range stack {
			same = same || o.link == sp.link
		}
		if same {
			continue // a link in a link, bold in bold
		}
		if len(stack) == 0 {
			roots = append(roots, sp)
		} else {
			top := stack[len(stack)-1]
			top.children = append(top.children, sp)
		}
		stack = append(stack, sp)
	}
	return roots
}

// mdRuneBoundary reports whether i is at the start of a rune of s, or its
// end.
func mdRuneBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// mdTrimBold narrows a bold range of s: no white space at its edges, and no
// punctuation at an edge whose other side is neither white space nor
// punctuation, where CommonMark would not read the "**" as emphasis
// ("京**“冬奥”**开" is not bold, "京“**冬奥**”开" is).
func mdTrimBold(s string, start, end int) (int, int) {
	trimSpace := func() {
		for start < end {
			r, n := utf8.DecodeRuneInString(s[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			start += n
		}
		for start < end {
			r, n := decodeLastRune(s[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
	}
	trimSpace()
	if start < end {
		before, _ := decodeLastRune(s[:start])
		if first, n := utf8.DecodeRuneInString(s[start:end]); mdPunct(first) && start > 0 && !mdSpaceOrPunct(before) {
			start += n
			trimSpace()
		}
	}
	if start < end {
		after, _ := utf8.DecodeRuneInString(s[end:])
		if last, n := decodeLastRune(s[start:end]); mdPunct(last) && end < len(s) && !mdSpaceOrPunct(after) {
			end -= n
			trimSpace()
		}
	}
	return start, end
}

// mdPunct is CommonMark's Unicode punctuation: a punctuation or
// symbol character.
func mdPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func mdSpaceOrPunct(r rune) bool { return unicode.IsSpace(r) || mdPunct(r) }

// mdLeftFlanking and mdRightFlanking are CommonMark's conditions for a "**"
// between the runes before and after it to open and to close emphasis.
func mdLeftFlanking(before, after rune) bool {
	return !unicode.IsSpace(after) && (!mdPunct(after) || mdSpaceOrPunct(before))
}

func mdRightFlanking(before, after rune) bool {
	return !unicode.IsSpace(before) && (!mdPunct(before) || mdSpaceOrPunct(after))
}

// Token kinds of the mdInliner.
const (
	mdText = iota
	mdBreak
	mdBoldOpen
	mdBoldClose
	mdLinkOpen
	mdLinkClose
)

type mdTok struct {
	kind       uint8
	dead       bool
	s          string
	pair       int // a bold delimiter's other half
	prev, next int // the live tokens around it, -1 for none
}

// Line states of the mdInliner: what the current output line holds so far.
const (
	mdLineEmpty  = iota // nothing but delimiters: a block marker could start here
	mdLineDigits        // only digits: a "." after them would make a list item
	mdLineOther
)

// mdEscaped are the ASCII characters escaped wherever they are.
const mdEscaped = "\\`*_{}[]()#!|<>~&$@"

// mdInliner writes inline Markdown as a list of tokens, so that bold
// delimiters that would not hold can be dropped after the fact.
type mdInliner struct {
	toks    []mdTok
	brk     string // what a line break becomes
	block   bool   // the text is a block's, read for block markers at the start of a line
	state   int    // line state
	pending bool   // a line break is owed before the next text
}

func (r *mdInliner) push(kind uint8, s string) int {
	r.toks = append(r.toks, mdTok{kind: kind, s: s, pair: -1})
	return len(r.toks) - 1
}

// flushBreak writes the line break owed, before text or an opening
// delimiter.
func (r *mdInliner) flushBreak() {
	if r.pending {
		r.push(mdBreak, r.brk)
		r.pending = false
	}
}

// text writes s escaped. Line breaks ("\n", "\r") become r.brk, one for
// a run of them, none at the start or end; white space at the start of a
// line is dropped.
func (r *mdInliner) text(s string) {
	if s != "" && !r.pending && (r.state == mdLineOther || s[0] >= utf8.RuneSelf) && !strings.ContainsAny(s, mdEscaped+"\n\r") {
		// Nothing to escape, no line to break, and no block marker that
		// could start it (it goes on a line already begun, or opens with
		// a rune past ASCII): the text as it is, not copied.
		r.push(mdText, s)
		r.state = mdLineOther
		return
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8) // a few escapes at most, most of the time
	flush := func() {
		if b.Len() > 0 {
			r.push(mdText, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' || c == '\r' {
			if t := strings.TrimRight(b.String(), " \t"); len(t) < b.Len() {
				b.Reset()
				b.WriteString(t) // no white space at the end of a line
			}
			flush()
			r.pending = r.pending || r.state != mdLineEmpty
			r.state = mdLineEmpty
			i++
			continue
		}
		if r.state == mdLineEmpty && (c == ' ' || c == '\t') {
			i++
			continue
		}
		if r.pending {
			flush()
			r.flushBreak()
		}
		if c >= utf8.RuneSelf {
			// Bytes past ASCII go out as they are, a run of them at once:
			// no rune past ASCII is escaped or ends a line.
			j := i + 1
			for j < len(s) && s[j] >= utf8.RuneSelf {
				j++
			}
			b.WriteString(s[i:j])
			r.state = mdLineOther
			i = j
			continue
		}
		switch {
		case strings.IndexByte(mdEscaped, c) >= 0,
			r.block && r.state == mdLineEmpty && strings.IndexByte("+-=:", c) >= 0,
			r.block && r.state == mdLineDigits && c == '.':
			b.WriteByte('\\')
			b.WriteByte(c)
			r.state = mdLineOther
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			if r.state == mdLineEmpty {
				r.state = mdLineDigits
			}
		default:
			b.WriteByte(c)
			r.state = mdLineOther
		}
		i++
	}
	flush()
}

// emit writes full[start:end] with the spans in it.
func (r *mdInliner) emit(full string, start, end int, spans []*mdSpan) {
	pos := start
	for _, sp := range spans {
		r.text(full[pos:sp.start])
		r.flushBreak()
		if sp.link {
			r.push(mdLinkOpen, "[")
			r.emit(full, sp.start, sp.end, sp.children)
			r.push(mdLinkClose, "]("+sp.dest+")")
		} else {
			o := r.push(mdBoldOpen, "**")
			r.emit(full, sp.start, sp.end, sp.children)
			c := r.push(mdBoldClose, "**")
			r.toks[o].pair, r.toks[c].pair = c, o
		}
		pos = sp.end
	}
	r.text(full[pos:end])
}

// settle drops every bold pair whose delimiters CommonMark would not read
// as emphasis where they stand, or that touch another pair's, until the
// rest all hold. Dropping a pair changes only its neighbours' context, so
// only their pairs are checked again.
func (r *mdInliner) settle() {
	t := r.toks
	var work []int
	last := -1
	for i := range t {
		if t[i].dead {
			continue
		}
		t[i].prev, t[i].next = last, -1
		if last >= 0 {
			t[last].next = i
		}
		last = i
		if t[i].kind == mdBoldOpen {
			work = append(work, i)
		}
	}
	isBold := func(i int) bool { return i >= 0 && (t[i].kind == mdBoldOpen || t[i].kind == mdBoldClose) }
	lastRune := func(i int) rune {
		if i < 0 {
			return ' '
		}
		c, _ := decodeLastRune(t[i].s)
		return c
	}
	firstRune := func(i int) rune {
		if i < 0 {
			return ' '
		}
		c, _ := utf8.DecodeRuneInString(t[i].s)
		return c
	}
	holds := func(o, c int) bool {
		po, no, pc, nc := t[o].prev, t[o].next, t[c].prev, t[c].next
		if no == c || isBold(po) || isBold(no) || isBold(pc) || isBold(nc) {
			return false
		}
		return mdLeftFlanking(lastRune(po), firstRune(no)) && mdRightFlanking(lastRune(pc), firstRune(nc))
	}
	for len(work) > 0 {
		o := work[len(work)-1]
		work = work[:len(work)-1]
		if t[o].dead || holds(o, t[o].pair) {
			continue
		}
		for _, k := range [2]int{o, t[o].pair} {
			p, n := t[k].prev, t[k].next
			t[k].dead = true
			if p >= 0 {
				t[p].next = n
			}
			if n >= 0 {
				t[n].prev = p
			}
			for _, x := range [2]int{p, n} {
				if isBold(x) {
					if t[x].kind == mdBoldClose {
						x = t[x].pair
					}
					work = append(work, x)
				}
			}
		}
	}
}

// indexByteFrom returns the index of the first c in s at or past from, or
// -1.
func indexByteFrom(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// String returns what was written, without dropped tokens or white
// space at the end.
func (r *mdInliner) String() string {
	size := 0
	for _, t := range r.toks {
		size += len(t.s)
	}
	b := make([]byte, 0, size+size/64+8) // room for a few escapes
	for _, t := range r.toks {
		if t.dead {
			continue
		}
		if t.s == mdHardBreak && len(b) > 0 && b[len(b)-1] == '\\' {
			// An escaped backslash before a hard line break, which some
			// readers (goldmark) take for two backslashes and no break:
			// write it as a character reference.
			b = append(b[:len(b)-2], "&#92;"...)
		}
		if t.kind != mdText {
			b = append(b, t.s...)
			continue
		}
		// Text a GFM reader would make a link of ("www.", "http://"),
		// and which would take in the markup after it, is broken up: a
		// backslash before the "." or "/", and the text between them goes
		// out as it is.
		// (The next "." and the next "/" are each looked for again only
		// past the one just written: one pass over the text for each.)
		s := t.s
		dot, slash := strings.IndexByte(s, '.'), strings.IndexByte(s, '/')
		for pos := 0; ; {
			k := dot
			if k < 0 || slash >= 0 && slash < k {
				k = slash
			}
			if k < 0 {
				b = append(b, s[pos:]...)
				break
			}
			b = append(b, s[pos:k]...)
			if c := s[k]; c == '.' && len(b) >= 3 && strings.EqualFold(string(b[len(b)-3:]), "www") ||
				c == '/' && len(b) > 0 && b[len(b)-1] == ':' {
				b = append(b, '\\')
			}
			b = append(b, s[k])
			pos = k + 1
			if k == dot {
				dot = indexByteFrom(s, '.', pos)
			} else {
				slash = indexByteFrom(s, '/', pos)
			}
		}
	}
	return strings.TrimRight(string(b), " \t")
}
