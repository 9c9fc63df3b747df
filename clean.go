package newsdoc

import (
	"bytes"
	"encoding/binary"
	"io"
	"iter"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parser holds the state of one Parse call. It makes one pass over the
// tokens of the body: a small dispatcher (run) over handlers for start
// tags, end tags, text and comments.
type parser struct {
	cfg  *config
	pol  *Policy
	doc  *Document
	page *pageState // a full page's metadata and block tree; nil for posts and bodies
	// inTail is the DropTail rule (position plus one) whose mark was
	// seen: short lines of text after it are dropped until another kind of
	// paragraph, a longer line, a sentence or a credit line comes.
	inTail int
	z      *html.Tokenizer
	el     Element // the current start tag, reused

	stack  frameStack
	names  []string         // the names of unknown tags on the stack, by frame.name; names[0] is ""
	nameOf map[string]int32 // their indexes
	skip   skipState

	paras chunked[Paragraph] // the paragraphs, into doc.Paragraphs when the pass ends
	info  chunked[paraInfo]  // per-paragraph facts beside them, index for index

	w         textWriter // the paragraph being built
	marks     []Mark     // its marks
	markRoom  []Mark     // the chunk the paragraphs' marks are given from (see giveMarks)
	credit    int        // the CreditClasses rule of text in it, if any
	marksOpen []openMark // marks opened by elements still on the stack
	open      openIndex  // where the open elements of each name are

	capture   int           // stack depth of an open image caption (img_descr, figcaption), 0 if none
	capW      textWriter    // its text
	lastImage int           // number of the last image paragraph, -1 if none
	tables    []*tableState // open tables, the innermost last

	cells       int // grid positions the document's tables cover so far
	depthWarned bool

	// checkUTF8 is set when the body was not checked for valid UTF-8
	// before the pass: the pass checks each token then, as it reads it
	// (see Parse), and sets badUTF8 and stops at the first that is not.
	checkUTF8 bool
	badUTF8   bool

	// The places of the runes marked in the paragraph rules' texts in
	// the paragraph being appended (see textWriter.hits), when its writer
	// noted them and they hold (placesOK), and the writer's other buffer
	// for them: the two take turns.
	places      []int32
	placesOK    bool
	sparePlaces []int32

	// Where the current token's bytes are in the body: a token's Raw
	// starts where the one before ended (TestTokensCoverInput). Whether a
	// token holds an & or a CR, which its accessors would change, is then
	// a comparison with where the body's next one is (see plain), not a
	// search of each token's bytes. With exact set the tokens' bytes are
	// searched instead; apart is set, but never with exact set, when the
	// tokens did not end where the body does (see errTokensApart).
	tokStart, tokEnd int
	changes          changeBytes
	exact, apart     bool
}

// changeBytes answers, for consecutive spans of a body, whether each
// holds an & or a CR, which the tokenizer's accessors would change. It
// keeps where the first of each at or after the last span's start is,
// and searches for one again only once a span starts past it: the body is
// read once in all, however many spans are asked about.
type changeBytes struct {
	src     []byte
	amp, cr int // the offsets of those, len(src) for none, -1 before the first span
}

func newChangeBytes(src []byte) changeBytes {
	return changeBytes{src: src, amp: -1, cr: -1}
}

// in reports whether src[start:end] holds an & or a CR. start is never
// less than the last start asked about.
func (c *changeBytes) in(start, end int) bool {
	if min(c.amp, c.cr) < start {
		c.seek(start)
	}
	return min(c.amp, c.cr) < end
}

// seek finds the first & and the first CR at or after start, where those
// known are before it.
func (c *changeBytes) seek(start int) {
	start = min(start, len(c.src))
	if c.amp < start {
		c.amp = indexFrom(c.src, start, '&')
	}
	if c.cr < start {
		c.cr = indexFrom(c.src, start, '\r')
	}
}

// indexFrom returns the offset of the first b in src at or after start,
// len(src) for none.
func indexFrom(src []byte, start int, b byte) int {
	if i := bytes.IndexByte(src[start:], b); i >= 0 {
		return start + i
	}
	return len(src)
}

// plain reports whether the current token's bytes hold nothing that its
// accessors (Text, TagName, TagAttr) would change but the case of names:
// no entity, no CR (see plainTag).
func (p *parser) plain() bool {
	if p.exact {
		return p.plainExact()
	}
	return !p.changes.in(p.tokStart, p.tokEnd)
}

// plainExact is plain by a search of the token's bytes.
func (p *parser) plainExact() bool {
	return plainTag(p.z.Raw())
}

// frame is an open element. It is kept small, 24 bytes: a page nested as
// deep as it is long holds one for each of its start tags.
type frame struct {
	a        atom.Atom
	name     int32 // the tag name when a is 0 (not a known HTML tag): its index in parser.names, 0 for none
	credit   int32 // credit rule (position plus one) of an enclosing element
	node     int32 // on a full page, the block element it is or is in
	ctx      Kind  // kind of the paragraphs inside
	level    int8  // heading level inside h1–h6
	skipped  bool  // pushed while skipping: no handlers run on exit
	block    bool
	centered bool // text-align: center, here or on an ancestor
}

// skipState is set while a dropped element or comment region is skipped.
type skipState struct {
	active bool
	depth  int // skipping ends when the stack is shorter than depth
	rule   int
	region bool
	elem   string
	w      textWriter // the dropped text, collected only for WithRemovals

	// A dropped element past the depth limit has no frame: its end is
	// found by counting the start and end tags of its name.
	unstacked bool
	a         atom.Atom
	name      string
	open      int
}

// openMark is an inline mark whose element is still open. Its mark in
// the current paragraph is created lazily, at the first visible text.
type openMark struct {
	frame int // stack index of the element
	kind  MarkKind
	code  string
	href  string
	idx   int // index in parser.marks, -1 until text arrives
}

func newParser(cfg *config, doc *Document) *parser {
	return &parser{cfg: cfg, pol: cfg.policy, doc: doc, lastImage: -1, names: []string{""}}
}

// run tokenizes body and builds doc.Paragraphs.
func (p *parser) run(body []byte) {
	// About one paragraph per <p>: size the slice once.
	n := guessParagraphs(body)
	p.paras, p.info = newChunked[Paragraph](n), newChunked[paraInfo](n)
	// The paragraph's writer and the places it notes keep their arrays
	// from one paragraph to the next: sized for a long paragraph up front,
	// they are not grown by doubling from nothing in every document.
	p.w.buf = make([]byte, 0, min(len(body), firstParagraph))
	p.w.hits, p.sparePlaces = make([]int32, 0, firstPlaces), make([]int32, 0, firstPlaces)
	if len(p.pol.ix.texts) > 0 {
		p.w.lits = p.pol.ix.textScan // nil when there are too many rules for a mask
	}
	p.z = html.NewTokenizer(bytes.NewReader(body))
	p.changes = newChangeBytes(body)
	for {
		tt := p.z.Next()
		p.tokStart, p.tokEnd = p.tokEnd, p.tokEnd+len(p.z.Raw())
		if p.checkUTF8 && !p.validToken(tt) {
			p.badUTF8 = true
			return
		}
		switch tt {
		case html.ErrorToken:
			// The last token holds what was left of the body: the tokens
			// cover it, or plain's answers may have been wrong (never in
			// exact mode, which searches each token and is the reading
			// Parse falls back on).
			p.apart = !p.exact && p.z.Err() == io.EOF && p.tokEnd != len(body)
			p.finish()
			return
		case html.TextToken:
			// Text would convert \r\n to \n and unescape entities, in
			// place; a text with neither is its raw bytes as they are.
			// (Text also replaces NUL, inside raw text elements such as
			// <script>, <style> and <title>; readInput refuses input that
			// holds NUL.)
			if p.plain() {
				p.text(p.z.Raw())
			} else {
				p.text(p.z.Text())
			}
			if p.badUTF8 {
				return // only when checkUTF8: else the input is valid
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			p.startTag()
		case html.EndTagToken:
			p.endTag()
		case html.CommentToken:
			p.comment(p.z.Text())
		}
	}
}

// validToken reports whether the current token, of type tt, is valid
// UTF-8, or will be found so: text that goes to a textWriter is checked
// by the writer as it decodes it (textWriter.invalid; p.text sets
// badUTF8), all else here. The tokens' bytes are the input's, each once
// (a token's Raw starts where the one before ended; the ErrorToken at
// the end holds what is left), so that a pass that meets no invalid
// token read valid UTF-8 (TestTokensCoverInput). The writers read an
// entity's text, unescaped: that keeps a stray byte stray and writes
// only whole runes.
func (p *parser) validToken(tt html.TokenType) bool {
	if tt == html.TextToken && (!p.skip.active || p.cfg.removals) {
		return true // text for a writer (see p.text)
	}
	return validUTF8(p.z.Raw())
}

// validUTF8 is utf8.Valid, quicker on the short, mostly ASCII tokens
// validToken checks (tags above all): a token under eight bytes is looked
// at as one, a longer one eight bytes at a time for one past ASCII, and
// utf8.Valid runs only from the word that holds one.
func validUTF8(b []byte) bool {
	n := len(b)
	if n < 8 {
		var or byte
		for _, c := range b {
			or |= c
		}
		return or < utf8.RuneSelf || utf8.Valid(b)
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			return utf8.Valid(b[i:]) // all before b[i] is ASCII: a rune starts here
		}
	}
	// The last eight bytes, over some already looked at, instead of a
	// loop over what is left: all before them is ASCII.
	return binary.LittleEndian.Uint64(b[n-8:])&0x8080808080808080 == 0 || utf8.Valid(b[n-8:])
}

// firstParagraph and firstPlaces are the room the paragraph's writer
// starts with: bytes of text (a long paragraph of Chinese, 340 characters),
// and places of marked runes (see textWriter.hits).
const (
	firstParagraph = 1 << 10
	firstPlaces    = 64
)

// guessParagraphs guesses how many paragraphs body holds: about one per
// <p>, <h1>–<h6>, <li>, <dd>, <dt> and <table> (a table of data is one
// paragraph, whatever its cells), but never more than one per ten bytes.
func guessParagraphs(body []byte) int {
	n := 0
	for i := bytes.IndexByte(body, '<'); i >= 0 && i+2 < len(body); {
		switch c, d := body[i+1], body[i+2]; {
		case c == 'p', c == 'h', c == 'l' && d == 'i', c == 't' && d == 'a', c == 'd' && (d == 'd' || d == 't'):
			n++
		}
		j := bytes.IndexByte(body[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return min(n, len(body)/10) + 4
}

func (p *parser) finish() {
	for p.stack.len() > 0 {
		p.pop()
	}
	if p.skip.active {
		p.endSkip()
	}
	p.flush()
	p.doc.Paragraphs = p.paras.slice()
}

func (p *parser) startTag() {
	var name []byte
	if raw := p.z.Raw(); p.plain() {
		name, p.el.attrs = rawTag(raw, p.el.attrs)
	}
	if name == nil {
		var more bool
		name, more = p.z.TagName()
		p.el.attrs = p.el.attrs[:0]
		for more {
			var k, v []byte
			k, v, more = p.z.TagAttr()
			p.el.attrs = append(p.el.attrs, attr{k, v})
		}
	}
	a := atom.Lookup(name)
	p.closeImplied(a)
	if p.page != nil {
		p.page.head(a, &p.el)
	}
	void := isVoid(a)
	if a == atom.Br && !p.skip.active {
		p.lineBreak()
		return
	}
	if p.skip.active {
		if isBlock(a) {
			p.skip.w.space = true // keep the words of dropped blocks apart in the report
		}
		if p.skip.unstacked && p.skip.a == a && p.skip.name == unknownName(a, name) && !void {
			p.skip.open++
		}
		if !void {
			p.push(frame{a: a, name: p.intern(a, name), skipped: true, block: isBlock(a)})
		}
		return
	}
	n := p.match(a, name)
	if n == 0 && !void && notText(a) {
		// No rule names it, but its content is never text: skip it
		// without a report.
		if p.push(frame{a: a, skipped: true}) {
			p.beginSkip(0, false, "")
		} else {
			p.beginSkip(0, false, "")
			p.skip.depth = p.stack.len() + 1
			p.skip.unstacked, p.skip.a, p.skip.name, p.skip.open = true, a, "", 1
		}
		return
	}
	if n != 0 && p.pol.rule(n).kind != ruleCreditClasses {
		if void {
			p.report(n, p.describe(a, name), nil)
			return
		}
		desc := p.describe(a, name)
		if p.push(frame{a: a, name: p.intern(a, name), skipped: true}) {
			p.beginSkip(n, false, desc)
		} else {
			// Past the depth limit a rule still applies: skip to the
			// element's own end tag, or to the end of an open ancestor.
			p.beginSkip(n, false, desc)
			p.skip.depth = p.stack.len() + 1
			p.skip.unstacked, p.skip.a, p.skip.name, p.skip.open = true, a, unknownName(a, name), 1
		}
		return
	}
	if void {
		if a == atom.Img {
			p.image()
		} else if isBlock(a) { // hr
			p.blockBoundary()
		}
		return
	}
	f := p.newFrame(a, name)
	if n != 0 {
		f.credit = int32(n)
	}
	if p.page != nil && f.block && p.stack.len() < p.cfg.maxDepth {
		f.node = p.addNode(a, name, f.node)
	}
	if f.block {
		p.blockBoundary()
	}
	if !p.push(f) {
		return
	}
	p.enter(a)
}

// newFrame derives the frame of a new element from its parent.
func (p *parser) newFrame(a atom.Atom, name []byte) frame {
	f := frame{a: a, name: p.intern(a, name), block: isBlock(a)}
	if top := p.top(); top != nil {
		f.ctx, f.level, f.credit, f.centered, f.node = top.ctx, top.level, top.credit, top.centered, top.node
	}
	if !f.centered {
		f.centered = p.isCentered(a)
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		f.ctx, f.level = KindHeading, int8(name[1]-'0')
	case atom.Li, atom.Dd, atom.Dt:
		f.ctx = KindListItem
	case atom.Blockquote:
		f.ctx = KindQuote
	}
	return f
}

// enter runs after an element's frame is pushed.
func (p *parser) enter(a atom.Atom) {
	t := p.table()
	if t != nil && t.inCell && (layoutBlock(a) || a == atom.Table) {
		// Paragraphs or a table in a cell: the table lays out a page.
		p.layout()
	}
	switch a {
	case atom.Table:
		p.tables = append(p.tables, &tableState{frame: p.stack.len() - 1})
		return
	case atom.Tr, atom.Td, atom.Th, atom.Caption:
		if t != nil && !t.layout {
			t.enter(a, &p.el)
			return
		}
	case atom.Figcaption:
		p.beginCaption()
		return
	}
	if p.el.HasClass("img_descr") {
		p.beginCaption()
		return
	}
	p.openMarks(a)
}

func (p *parser) endTag() {
	var name []byte
	if raw := p.z.Raw(); p.plain() {
		name = rawName(raw)
	} else {
		name, _ = p.z.TagName()
	}
	a := atom.Lookup(name)
	switch a {
	case atom.Br: // </br> is read as <br>, as browsers do
		if !p.skip.active {
			p.lineBreak()
		}
		return
	case atom.Html, atom.Body:
		return // content after </body> is still body
	}
	if p.skip.unstacked && p.skip.a == a && p.skip.name == unknownName(a, name) {
		if p.skip.open--; p.skip.open == 0 {
			p.endSkip()
		}
		return
	}
	if !p.open.isOpen(a, string(name)) {
		return // a stray end tag: no walk down the stack for it
	}
	// The walk stops at the topmost match and pops everything above it,
	// so its steps are paid for by the pops.
	for i := p.stack.len() - 1; i >= 0; i-- {
		f := p.stack.at(i)
		if f.a == a && (a != 0 || p.names[f.name] == string(name)) {
			p.popTo(i)
			return
		}
	}
}

// push adds f to the stack unless the depth limit is reached.
func (p *parser) push(f frame) bool {
	if p.stack.len() >= p.cfg.maxDepth {
		if !p.depthWarned {
			p.depthWarned = true
			p.warn("depth-limit", "elements nested deeper than "+strconv.Itoa(p.cfg.maxDepth)+" were flattened")
		}
		return false
	}
	p.open.push(f.a, p.names[f.name], p.stack.len())
	p.stack.push(f)
	return true
}

// warn records a warning once per code.
func (p *parser) warn(code, msg string) {
	for _, w := range p.doc.Warnings {
		if w.Code == code {
			return
		}
	}
	p.doc.Warnings = append(p.doc.Warnings, Warning{Code: code, Message: msg})
}

func (p *parser) top() *frame {
	if p.stack.len() == 0 {
		return nil
	}
	return p.stack.at(p.stack.len() - 1)
}

// popTo pops the frames down to and including index i.
func (p *parser) popTo(i int) {
	for p.stack.len() > i {
		p.pop()
	}
}

func (p *parser) pop() {
	i := p.stack.len() - 1
	if f := *p.stack.at(i); !f.skipped {
		p.exit(&f, i)
	} else if f.block {
		p.skip.w.space = true
	}
	p.open.pop(p.stack.at(i).a, p.names[p.stack.at(i).name])
	p.stack.truncate(i)
	for len(p.marksOpen) > 0 && p.marksOpen[len(p.marksOpen)-1].frame >= i {
		p.marksOpen = p.marksOpen[:len(p.marksOpen)-1]
	}
	if p.skip.active && p.stack.len() < p.skip.depth {
		p.endSkip()
	}
}

// exit runs before an element's frame is popped, so that a paragraph
// flushed here still sees the element's context.
func (p *parser) exit(f *frame, i int) {
	if p.capture == i+1 {
		p.endCaption()
	}
	if t := p.table(); t != nil {
		switch {
		case f.a == atom.Table && t.frame == i:
			p.endTable()
			return
		case t.layout:
		case f.a == atom.Tr || f.a == atom.Td || f.a == atom.Th || f.a == atom.Caption:
			t.exit(f.a)
			return
		}
	}
	if f.block {
		p.blockBoundary()
	}
}

// closeImplied closes the elements a start tag of a closes implicitly: a
// paragraph before a block, a list item before the next, a cell before
// the next. The tokenizer does not balance tags; browsers close these.
func (p *parser) closeImplied(a atom.Atom) {
	if closesP(a) {
		p.popFound(buttonScope, slotP)
	}
	switch a {
	case atom.Li:
		p.popFound(listScope, slotLi)
	case atom.Dd, atom.Dt:
		p.popFound(listScope, slotDd, slotDt)
	case atom.Tr:
		p.popFound(tableScope, slotTr)
	case atom.Td, atom.Th:
		p.popFound(rowScope, slotTd, slotTh)
	case atom.Body:
		p.popFound(tableScope, slotHead)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t := p.top(); t != nil && isHeading(t.a) {
			p.pop()
		}
	}
}

// popFound pops down to the topmost open element among the targets, if
// one is in scope.
func (p *parser) popFound(scope []int, targets ...int) {
	if i := p.open.inScope(scope, targets...); i >= 0 {
		p.popTo(i)
	}
}

func (p *parser) text(b []byte) {
	if p.page != nil && p.page.want != wantNone {
		p.page.text(b)
	}
	switch {
	case p.skip.active:
		if p.cfg.removals {
			p.skip.w.write(b)
			p.badUTF8 = p.badUTF8 || p.skip.w.invalid
		}
	case p.aside() != nil:
		w := p.aside()
		w.write(b)
		p.badUTF8 = p.badUTF8 || w.invalid
	default:
		first := p.w.write(b)
		p.badUTF8 = p.badUTF8 || p.w.invalid
		if first < 0 {
			return
		}
		if len(p.marksOpen) > 0 {
			p.extendMarks(first)
		}
		if t := p.top(); t != nil && t.credit != 0 {
			p.credit = int(t.credit)
		}
	}
}

func (p *parser) comment(data []byte) {
	ix := &p.pol.ix
	if p.skip.active {
		if p.skip.region && bytes.Contains(data, []byte(p.pol.rule(p.skip.rule).values[1])) {
			p.endSkip()
		}
		return
	}
	for _, n := range ix.regions {
		if bytes.Contains(data, []byte(p.pol.rule(n).values[0])) {
			p.beginSkip(n, true, "<!--"+p.pol.rule(n).values[0]+"-->")
			return
		}
	}
	if ix.comment != 0 {
		p.report(ix.comment, "<!-- -->", data)
	}
	// Without a comment rule a comment is still no text: it is skipped
	// unreported.
}

// lineBreak handles <br>: a line break inside the paragraph, and a
// paragraph break when two come in a row.
func (p *parser) lineBreak() {
	switch {
	case p.aside() != nil:
		p.aside().breakSpace()
	case p.w.hardBreak:
		p.flush()
	default:
		p.w.breakLine()
	}
}

// blockBoundary ends the current paragraph at a block element's start or
// end. Inside a table cell or a caption it is only white space.
func (p *parser) blockBoundary() {
	switch {
	case p.skip.active:
		p.skip.w.space = true
	case p.aside() != nil:
		p.aside().space = true
	default:
		p.flush()
	}
}

// aside returns the writer of text that does not go into the running
// paragraph: an image caption's, or a table cell's or caption's; nil for
// the paragraph itself.
func (p *parser) aside() *textWriter {
	if p.capture > 0 {
		return &p.capW
	}
	if t := p.table(); t != nil {
		return t.sink()
	}
	return nil
}

// table returns the innermost open table, or nil.
func (p *parser) table() *tableState {
	if n := len(p.tables); n > 0 {
		return p.tables[n-1]
	}
	return nil
}

// flush ends the current paragraph and appends it to the document.
func (p *parser) flush() {
	if p.w.empty() {
		p.w.reset()
		p.resetMarks()
		return
	}
	out := p.w.finish(p.marks)
	text := string(out)
	para := Paragraph{Kind: KindText, Text: text}
	if p.w.lits != nil {
		// The places hold when finish gave the text as written, with no
		// change of normalization form, and an int32 holds each.
		p.places, p.placesOK = p.w.hits, len(out) == len(p.w.buf) && (len(out) == 0 || &out[0] == &p.w.buf[0]) && len(out) <= math.MaxInt32
		p.w.hits, p.sparePlaces = p.sparePlaces[:0], p.w.hits
	}
	info := paraInfo{credit: int32(p.credit)}
	if t := p.top(); t != nil {
		para.Kind, para.Level, info.centered, info.node = t.ctx, int(t.level), t.centered, t.node
	}
	if len(p.marks) > 0 {
		para.Marks = p.giveMarks(len(p.marks))
		for i, m := range p.marks {
			m.Text = text[m.Start:m.End]
			para.Marks[i] = m
		}
	}
	p.w.reset()
	p.resetMarks()
	p.appendWith(para, info)
	p.placesOK = false
}

// Marks are given to paragraphs from chunks of firstMarkChunk marks, then
// of twice as many as the chunk before, up to maxMarkChunk: a document of
// many short bold or linked paragraphs makes a few arrays, not one for
// each paragraph.
const (
	firstMarkChunk = 4
	maxMarkChunk   = 1 << 10
)

// giveMarks returns room for n marks, a slice of the current chunk of
// its own: capped at its length, so that an append to it makes a new
// array and never writes over the next paragraph's marks.
func (p *parser) giveMarks(n int) []Mark {
	if cap(p.markRoom)-len(p.markRoom) < n {
		p.markRoom = make([]Mark, 0, max(n, firstMarkChunk, min(2*cap(p.markRoom), maxMarkChunk)))
	}
	k := len(p.markRoom)
	p.markRoom = p.markRoom[:k+n]
	return p.markRoom[k : k+n : k+n]
}

// appendParagraph appends para unless a paragraph rule drops it.
func (p *parser) appendParagraph(para Paragraph) {
	var info paraInfo
	if t := p.top(); t != nil {
		info.node, info.centered = t.node, t.centered
	}
	p.appendWith(para, info)
}

func (p *parser) appendWith(para Paragraph, info paraInfo) {
	if len(p.pol.ix.tails) > 0 && para.Kind != KindImage && p.tail(para) {
		return
	}
	if para.Kind != KindImage && para.Kind != KindTable && len(p.pol.ix.texts) > 0 {
		if n := p.textRule(para.Text); n != 0 {
			p.report(n, "p", []byte(para.Text))
			return
		}
	}
	p.paras.add(para)
	p.info.add(info)
}

// textRule returns the paragraph rule (DropParagraphs) that drops text,
// or 0.
func (p *parser) textRule(text string) int {
	ix := p.pol.ix
	if ix.textMax != 0 && len(text) > ix.textMax*utf8.UTFMax && strings.IndexByte(text, '\n') < 0 {
		// More runes than any rule allows: a rune is at most UTFMax
		// bytes. (A text of several lines is left to the rules: see
		// Rule.maxOfPattern.)
		return 0
	}
	var mask uint64
	if p.placesOK {
		mask = ix.textMaskAt(text, p.places)
	} else {
		mask = ix.textMask(text)
	}
	// The rules in order: the first 64 by the bits of mask that are set
	// (most paragraphs set few), the rest, if any, each.
	for m := mask; m != 0; m &= m - 1 {
		k := bits.TrailingZeros64(m)
		if k >= len(ix.texts) {
			break
		}
		if n := ix.texts[k]; p.pol.rule(n).matchFiltered(text) {
			return n
		}
	}
	for _, n := range ix.texts[min(64, len(ix.texts)):] {
		if p.pol.rule(n).matchFiltered(text) {
			return n
		}
	}
	return 0
}

func (p *parser) resetMarks() {
	p.credit = 0
	p.marks = p.marks[:0]
	for i := range p.marksOpen {
		p.marksOpen[i].idx = -1
	}
}

// beginSkip starts dropping everything up to the end of the element just
// pushed, or, for a comment region, up to its end comment or the end of
// the enclosing element.
func (p *parser) beginSkip(n int, region bool, elem string) {
	p.skip = skipState{active: true, depth: p.stack.len(), rule: n, region: region, elem: elem, w: p.skip.w}
	p.skip.w.reset()
}

func (p *parser) endSkip() {
	if p.cfg.removals && p.skip.rule != 0 {
		p.doc.Removed = append(p.doc.Removed, Removal{Rule: p.pol.rule(p.skip.rule).Name,
			Element: p.skip.elem, Text: string(p.skip.w.finish(nil))})
	}
	p.skip.active, p.skip.unstacked = false, false
}

// report records a removal of something that holds no further tokens.
func (p *parser) report(n int, elem string, text []byte) {
	if !p.cfg.removals {
		return
	}
	r := Removal{Rule: p.pol.rule(n).Name, Element: elem}
	if len(text) > 0 {
		var w textWriter
		w.write(text)
		r.Text = string(w.finish(nil))
	}
	p.doc.Removed = append(p.doc.Removed, r)
}

// describe names an element for the removal report: tag, then #id or
// .class.
func (p *parser) describe(a atom.Atom, name []byte) string {
	if !p.cfg.removals {
		return ""
	}
	return p.describeAlways(a, name)
}

func (p *parser) describeAlways(a atom.Atom, name []byte) string {
	s := string(name)
	if id, ok := p.el.attr("id"); ok && len(id) > 0 {
		return s + "#" + string(id)
	}
	if c, ok := p.el.attr("class"); ok {
		if f := bytes.Fields(c); len(f) > 0 {
			return s + "." + string(bytes.Join(f, []byte(".")))
		}
	}
	return s
}

// intern returns the index in p.names of the name of an unknown tag (a
// is 0), adding it the first time, or 0 for a known one.
func (p *parser) intern(a atom.Atom, name []byte) int32 {
	if a != 0 {
		return 0
	}
	if k, ok := p.nameOf[string(name)]; ok {
		return k
	}
	if p.nameOf == nil {
		p.nameOf = map[string]int32{}
	}
	p.names = append(p.names, string(name))
	p.nameOf[string(name)] = int32(len(p.names) - 1)
	return int32(len(p.names) - 1)
}

func unknownName(a atom.Atom, name []byte) string {
	if a != 0 {
		return ""
	}
	return string(name)
}

// match returns the rule (position plus one) that drops or marks the
// current element, or 0.
func (p *parser) match(a atom.Atom, name []byte) int {
	ix := &p.pol.ix
	if a != 0 {
		if ix.tagAtomBits.may(a) {
			if n := ix.tagAtoms[a]; n != 0 {
				return n
			}
		}
	} else if n := ix.tags[string(name)]; n != 0 {
		return n
	}
	var id, class, style []byte
	hidden := false
	for _, at := range p.el.attrs {
		switch string(at.key) {
		case "id":
			id = at.val
		case "class":
			class = at.val
		case "style":
			style = at.val
		case "hidden":
			hidden = true
		}
	}
	if len(id) > 0 {
		if n := ix.ids[string(id)]; n != 0 {
			return n
		}
		for _, n := range ix.prefixes {
			for _, pre := range p.pol.rule(n).values {
				if bytes.HasPrefix(id, []byte(pre)) {
					return n
				}
			}
		}
	}
	if len(class) > 0 && len(ix.classes) > 0 {
		for c := range fields(class) {
			if n := ix.classes[string(c)]; n != 0 {
				return n
			}
		}
	}
	if ix.hidden != 0 && (hidden || len(style) > 0 && (styleHas(style, "display", "none") || styleHas(style, "visibility", "hidden"))) {
		return ix.hidden
	}
	if len(ix.funcs) > 0 {
		p.el.tag = a.String()
		if a == 0 {
			p.el.tag = string(name)
		}
		if n := p.callerMatch(ix.funcs); n != 0 {
			return n
		}
	}
	return 0
}

// callerMatch returns the first of funcs, DropIf rules, whose function
// drops the element, or 0. The functions are the caller's code (see
// callerCode).
func (p *parser) callerMatch(funcs []int) int {
	cc := p.cfg.caller
	if cc == nil {
		cc = &callerCode{} // a config built alone, in a test
	}
	for _, n := range funcs {
		match := p.pol.rule(n).match
		cc.in = true
		m := match(&p.el)
		cc.in = false
		if m {
			return n
		}
	}
	return 0
}

// fields yields the space-separated words of b, as bytes.Fields does,
// without allocating a slice for them.
func fields(b []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(b) > 0 {
			i := 0
			for i < len(b) && isHTMLSpace(b[i]) {
				i++
			}
			j := i
			for j < len(b) && !isHTMLSpace(b[j]) {
				j++
			}
			if j > i && !yield(b[i:j]) {
				return
			}
			b = b[j:]
		}
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// styleHas reports whether an inline style declares prop: value, ignoring
// case, space and !important.
func styleHas(style []byte, prop, value string) bool {
	for len(style) > 0 {
		decl := style
		if i := bytes.IndexByte(style, ';'); i >= 0 {
			decl, style = style[:i], style[i+1:]
		} else {
			style = nil
		}
		k, v, ok := bytes.Cut(decl, []byte(":"))
		if !ok || !bytes.EqualFold(bytes.TrimSpace(k), []byte(prop)) {
			continue
		}
		v = bytes.TrimSpace(v)
		v = bytes.TrimSpace(bytes.TrimSuffix(v, []byte("!important")))
		if bytes.EqualFold(v, []byte(value)) {
			return true
		}
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// notText reports whether the content of an a element is never text a
// reader sees: scripts, style sheets, templates, the page's <title>
// (metadata), and the fallbacks of iframes, embeds, frames and scripts,
// which browsers that run scripts do not show.
func notText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Title, atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript:
		return true
	}
	return false
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// isBlock reports whether a starts a new paragraph.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Li,
		atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr,
		atom.Ul, atom.Search:
		return true
	}
	return false
}

// closesP reports whether a start tag of a closes an open <p>.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Li, atom.Dd, atom.Dt, atom.Hr,
		atom.Table:
		return true
	}
	return false
}

// tail applies the DropTail rules to para (see DropTail), reporting
// whether it dropped it.
func (p *parser) tail(para Paragraph) bool {
	if t := p.inTail; t != 0 {
		r := p.pol.rule(t)
		if para.Kind == KindText && (len(para.Text) <= r.max || runeCount(para.Text) <= r.max) &&
			!sentence(para.Text) && !p.creditLine(para.Text) {
			p.report(t, "p", []byte(para.Text))
			return true
		}
		p.inTail = 0
	}
	if para.Kind == KindTable {
		return false
	}
	for _, t := range p.pol.ix.tails {
		if r := p.pol.rule(t); r.opens(para.Text) && r.mark.MatchString(para.Text) {
			p.inTail = t
			p.report(t, "p", []byte(para.Text))
			return true
		}
	}
	return false
}

// creditLine reports whether text is a line of credits that names
// someone or something (来源：安全内参, 责任编辑：张三), not a button that is
// also a label's word (视频).
func (p *parser) creditLine(text string) bool {
	g := p.pol.grammar()
	if !g.startsWithLabel(text) {
		return false
	}
	cl, ok := g.line(text, 0, p.cfg.loc)
	if !ok {
		return false
	}
	for _, seg := range cl.segs {
		if len(seg.names) > 0 || seg.value != "" {
			return true
		}
	}
	return false
}
