package newsdoc

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html/atom"
)

// stockStyle is one way a portal marks a mention of a listed company.
// The mention's text stays in the paragraph; the mark records the code.
type stockStyle struct {
	tag      atom.Atom
	idPrefix string // the code follows this prefix in the id
	class    string // the element has this class…
	codeAttr string // …and its code in this attribute
	hrefPath string // or: the code is the path segment after this in the href
}

// stockStyles are the stock mention styles seen in the corpus.
var stockStyles = [...]stockStyle{
	// Sina: <span id="stock_sz000931"><a class="keyword" href="…">中关村</a></span>
	{tag: atom.Span, idPrefix: "stock_"},
	// 证券时报网: <a class="trsHotWords" code="600507" href="…?stockcode=SS600507">方大特钢</a>
	{tag: atom.A, class: "trsHotWords", codeAttr: "code"},
	// 雪球: <a href="http://xueqiu.com/S/YI">$1药网(YI)$</a>
	{tag: atom.A, hrefPath: "xueqiu.com/S/"},
}

// stockCode returns the code of a stock mention, or "".
func (p *parser) stockCode(a atom.Atom) string {
	for i := range stockStyles {
		s := &stockStyles[i] // (not a copy of its strings for every element)
		if s.tag != a {
			continue
		}
		switch {
		case s.idPrefix != "":
			if id, _ := p.el.attr("id"); bytes.HasPrefix(id, []byte(s.idPrefix)) && len(id) > len(s.idPrefix) {
				return string(id[len(s.idPrefix):])
			}
		case s.class != "":
			if code, ok := p.el.attr(s.codeAttr); ok && len(code) > 0 && p.el.HasClass(s.class) {
				return exchangeCode(string(code), &p.el)
			}
		case s.hrefPath != "":
			href, _ := p.el.attr("href")
			if i := bytes.Index(href, []byte(s.hrefPath)); i >= 0 {
				code := href[i+len(s.hrefPath):]
				if j := bytes.IndexAny(code, "/?#"); j >= 0 {
					code = code[:j]
				}
				if len(code) > 0 {
					return string(code)
				}
			}
		}
	}
	return ""
}

// exchangeCode prefixes a bare code with its exchange, as Sina writes it
// ("sh600507"), when the link names the exchange (stockcode=SS600507).
func exchangeCode(code string, el *Element) string {
	href, _ := el.attr("href")
	for _, ex := range [...]struct{ link, prefix string }{{"SS", "sh"}, {"SH", "sh"}, {"SZ", "sz"}, {"BJ", "bj"}} {
		if bytes.Contains(href, []byte("="+ex.link+code)) {
			return ex.prefix + code
		}
	}
	return code
}

// openMarks opens the inline marks the current element starts.
func (p *parser) openMarks(a atom.Atom) {
	i := p.stack.len() - 1
	if code := p.stockCode(a); code != "" && !p.inMark(MarkStock) {
		href := ""
		if a == atom.A {
			href = p.linkHref()
		}
		p.marksOpen = append(p.marksOpen, openMark{frame: i, kind: MarkStock, code: code, href: href, idx: -1})
		return
	}
	if a == atom.A {
		href := p.linkHref()
		if href == "" {
			return
		}
		if j := p.markIndex(MarkStock); j >= 0 {
			// The link inside a Sina stock span: its target goes to the stock mark.
			if p.marksOpen[j].href == "" {
				p.marksOpen[j].href = href
				if k := p.marksOpen[j].idx; k >= 0 {
					p.marks[k].Href = href
				}
			}
			return
		}
		if !p.inMark(MarkLink) {
			p.marksOpen = append(p.marksOpen, openMark{frame: i, kind: MarkLink, href: href, idx: -1})
		}
		return
	}
	if p.isBold(a) && !p.inMark(MarkBold) {
		p.marksOpen = append(p.marksOpen, openMark{frame: i, kind: MarkBold, idx: -1})
	}
}

func (p *parser) inMark(k MarkKind) bool { return p.markIndex(k) >= 0 }

func (p *parser) markIndex(k MarkKind) int {
	for i := range p.marksOpen {
		if p.marksOpen[i].kind == k {
			return i
		}
	}
	return -1
}

// isBold reports whether the current element sets bold text: <b>,
// <strong>, Sina's cms-style "strong-Bold", or a bold font-weight.
func (p *parser) isBold(a atom.Atom) bool {
	if a == atom.B || a == atom.Strong {
		return true
	}
	for _, at := range p.el.attrs { // one pass, each key once (see rawTag)
		switch string(at.key) {
		case "cms-style":
			if bytes.Contains(at.val, []byte("strong-Bold")) {
				return true
			}
		case "style":
			for _, w := range [...]string{"bold", "bolder", "600", "700", "800", "900"} {
				if styleHas(at.val, "font-weight", w) {
					return true
				}
			}
		}
	}
	return false
}

// isCentered reports whether the current element centers its text:
// <center>, align="center", Sina's cms-style "align-Center", or an
// inline text-align: center. Centered bold lines are subheads.
func (p *parser) isCentered(a atom.Atom) bool {
	if a == atom.Center {
		return true
	}
	// One pass over the attributes, each key once (see rawTag).
	for _, at := range p.el.attrs {
		switch string(at.key) {
		case "align":
			if bytes.EqualFold(bytes.TrimSpace(at.val), []byte("center")) {
				return true
			}
		case "cms-style":
			if bytes.Contains(at.val, []byte("align-Center")) {
				return true
			}
		case "style":
			if styleHas(at.val, "text-align", "center") {
				return true
			}
		}
	}
	return false
}

// linkHref returns the current <a>'s target, or "" when it has none. A
// target with a scheme the policy drops (javascript:, data:) is reported
// under the policy's URL rule; the link's text stays.
func (p *parser) linkHref() string {
	raw, ok := p.el.attr("href")
	if !ok {
		return ""
	}
	u := absoluteURL(string(raw))
	if p.blockedURL(u) {
		p.report(p.pol.ix.urls, "a[href]", []byte(u))
		return ""
	}
	return u
}

// blockedURL reports whether u has a scheme the policy drops.
func (p *parser) blockedURL(u string) bool {
	n := p.pol.ix.urls
	if n == 0 {
		return false
	}
	scheme := urlScheme(u)
	if scheme == "" {
		return false
	}
	for _, s := range p.pol.rule(n).values {
		if strings.EqualFold(scheme, s) {
			return true
		}
	}
	return false
}

// urlScheme returns the scheme of u ("javascript" for "JavaScript:…"), or
// "" for a relative URL.
func urlScheme(u string) string {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return u[:i]
		default:
			return ""
		}
	}
	return ""
}

// absoluteURL cleans u as browsers do before they read it (leading and
// trailing spaces and control characters go, and tabs and line ends go
// wherever they are, so that "java\tscript:" is "javascript:") and gives
// a protocol-relative URL ("//host/…") the https scheme.
func absoluteURL(u string) string {
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.IndexByte(u, '\n') >= 0 || strings.IndexByte(u, '\t') >= 0 || strings.IndexByte(u, '\r') >= 0 {
		u = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, u)
	}
	if strings.HasPrefix(u, "//") {
		return "https:" + u
	}
	return u
}

// extendMarks starts the open marks that have no mark in the current
// paragraph yet at first, and extends all of them to the end of the text.
func (p *parser) extendMarks(first int) {
	end := len(p.w.buf)
	for i := range p.marksOpen {
		om := &p.marksOpen[i]
		if om.idx < 0 {
			om.idx = len(p.marks)
			if k := len(p.marks) - 1; k >= 0 && p.marks[k].End == first && p.marks[k].Kind == om.kind &&
				p.marks[k].Code == om.code && p.marks[k].Href == om.href && !p.markOpen(k) {
				om.idx = k // continues the mark just closed: <b>甲</b><b>乙</b> is one run
			} else {
				p.marks = append(p.marks, Mark{Kind: om.kind, Start: first, Code: om.code, Href: om.href})
			}
		}
		p.marks[om.idx].End = end
	}
}

// markOpen reports whether mark k of the paragraph belongs to an open
// element.
func (p *parser) markOpen(k int) bool {
	for _, om := range p.marksOpen {
		if om.idx == k {
			return true
		}
	}
	return false
}

// lazySrc are the attributes that hold an image's URL, lazy-loading ones
// first: their src is often a placeholder (pagespeed_lazy_src is Google
// PageSpeed's, whose src is a 1×1 GIF).
var lazySrc = [...]string{"data-src", "data-original", "data-actualsrc", "data-lazy-src", "pagespeed_lazy_src", "src", "data-srcset", "srcset"}

// image handles an <img>.
func (p *parser) image() {
	if p.pol.ix.pixel != 0 && p.isPixel() {
		p.report(p.pol.ix.pixel, "img", nil)
		return
	}
	alt := ""
	if v, ok := p.el.attr("alt"); ok {
		alt = Normalize(string(v))
	}
	src, blocked := "", ""
	for _, key := range lazySrc {
		v, ok := p.el.attr(key)
		if !ok || len(bytes.TrimSpace(v)) == 0 {
			continue
		}
		u := string(v)
		if strings.HasSuffix(key, "srcset") {
			u = firstSrcset(u)
		}
		u = absoluteURL(u)
		if p.blockedURL(u) {
			blocked = u
			continue
		}
		src = u
		break
	}
	if src == "" {
		if blocked != "" {
			p.report(p.pol.ix.urls, "img", []byte(alt))
			return
		}
		if alt == "" {
			return // no URL and no text: nothing to keep
		}
	}
	p.blockBoundary()
	p.lastImage = p.paras.n
	p.appendParagraph(Paragraph{Kind: KindImage, Image: &Image{Src: src, Alt: alt}})
}

func firstSrcset(s string) string {
	s = trimSpace(s)
	if i := strings.IndexAny(s, " \t\n,"); i >= 0 {
		return s[:i]
	}
	return s
}

// isPixel reports whether the current <img> is at most 1×1 pixel.
func (p *parser) isPixel() bool {
	small := func(v []byte) bool {
		v = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("px")))
		n, err := strconv.ParseFloat(string(v), 64)
		return err == nil && n <= 1
	}
	w, okW := p.el.attr("width")
	h, okH := p.el.attr("height")
	if okW && okH && small(w) && small(h) {
		return true
	}
	st, _ := p.el.attr("style")
	return styleIs(st, "width", small) && styleIs(st, "height", small)
}

// styleIs reports whether an inline style declares prop with a value for
// which ok is true.
func styleIs(style []byte, prop string, ok func([]byte) bool) bool {
	for decl := range bytes.SplitSeq(style, []byte(";")) {
		k, v, found := bytes.Cut(decl, []byte(":"))
		if found && bytes.EqualFold(bytes.TrimSpace(k), []byte(prop)) && ok(v) {
			return true
		}
	}
	return false
}

func (p *parser) beginCaption() {
	if p.capture == 0 {
		p.capture = p.stack.len()
		p.capW.reset()
	}
}

// endCaption gives the caption to the image just before it, or, when
// there is none, keeps it as a paragraph of its own.
func (p *parser) endCaption() {
	p.capture = 0
	if p.capW.empty() {
		return
	}
	text := string(p.capW.finish(nil))
	p.capW.reset()
	if last := p.paras.last(); p.lastImage >= 0 && p.lastImage == p.paras.n-1 && last.Image.Caption == "" {
		last.Image.Caption = text
		last.Text = text
		return
	}
	p.flush()
	p.appendParagraph(Paragraph{Kind: KindText, Text: text})
}

// captionLine opens, and captionCredit ends, a short line that sits under
// an image as its caption when the image's own caption element is empty,
// as in Sina posts taken from WeChat: "图/小羊的劳动仲裁记录", "来源/小羊供图",
// "图自 中国长安网", "大连小京都商业街（极目新闻见习记者丁伟摄）",
// "台海网2013年报道截图". captionCredit runs only on a line that holds one of
// its words.
var (
	captionLine   = regexp.MustCompile(`^(?:图|图片|图源|图自|来源|摄影|视频截图)\s*[/／:：|丨 ]`)
	captionCredit = regexp.MustCompile(`(?:摄|供图|截图|图|提供)\s*(?:[（(][^（）()]*[）)])?$`)
)

// attachCaptions gives an image without a caption the caption lines
// that follow it (at most two, such as "图/…" then "来源/…"), or the
// short line centred right under it (see centredCaption).
func attachCaptions(doc *Document, info []paraInfo, g *creditGrammar) []paraInfo {
	// Centred bold lines that stand under no image are subheads; where
	// there are two or more, one under an image is a subhead too.
	boldSubheads := 0
	for i := range doc.Paragraphs {
		if p := &doc.Paragraphs[i]; p.Kind == KindText && info[i].centered && isAllBold(p) && (i == 0 || doc.Paragraphs[i-1].Kind != KindImage) {
			boldSubheads++
		}
	}
	centred := func(i int) bool {
		p := &doc.Paragraphs[i]
		if !info[i].centered || !centredCaption(*p) || boldSubheads >= 2 && isAllBold(p) || namesWriters(g, p.Text) {
			return false // 记者 张三 李四: a byline, no caption
		}
		// A run of centred short lines is a passage (a poem, a blog's
		// lines), not a caption and the text after it.
		return i+1 >= len(doc.Paragraphs) || !(doc.Paragraphs[i+1].Kind == KindText && info[i+1].centered && runeCount(doc.Paragraphs[i+1].Text) <= 40)
	}
	out := doc.Paragraphs[:0]
	outInfo := info[:0]
	img, taken := -1, 0
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		switch {
		case p.Kind == KindImage:
			img, taken = -1, 0
			if p.Image.Caption == "" {
				img = len(out)
			}
		case img >= 0 && taken < 2 && p.Kind == KindText && isCaptionLine(p.Text),
			img >= 0 && taken == 0 && img == len(out)-1 && outInfo[img].centered && centred(i):
			// A short line centred under a centred image, right after it,
			// is its caption (长征五号B运载火箭正在测试), not a subhead.
			im := out[img].Image
			im.Caption = joinText(im.Caption, p.Text)
			out[img].Text = im.Caption
			taken++
			continue
		default:
			img = -1
		}
		out = keepAt(out, doc.Paragraphs, i)
		outInfo = keepAt(outInfo, info, i)
	}
	doc.Paragraphs = out
	// An image still with no caption takes its alt text when that reads
	// as a caption (紅磡街市：昨日重開的紅磡街市已現鼠蹤。（李華輝攝）), unless
	// the line after the image prints it, or prints a caption of its own.
	for i := range out {
		im := out[i].Image
		if out[i].Kind != KindImage || im == nil || im.Caption != "" || !isCaptionAlt(im.Alt) {
			continue
		}
		if i+1 < len(out) && (strings.Contains(out[i+1].Text, im.Alt) ||
			out[i+1].Kind == KindText && photoCreditEnd.MatchString(out[i+1].Text) && runeCount(out[i+1].Text) <= 150) {
			continue // the page prints a caption of its own under the image
		}
		im.Caption = im.Alt
		out[i].Text = im.Caption
	}
	return outInfo
}

// isCaptionAlt reports whether an image's alt text is a caption: a
// sentence about the picture (it ends with 。 or a photographer's credit
// in brackets), not a file name, a word or a headline.
func isCaptionAlt(alt string) bool {
	if runeCount(alt) < 10 || len(alt) > 600 || strings.ContainsAny(alt, "\n/\\") {
		return false
	}
	t := strings.TrimRight(alt, " ")
	return strings.HasSuffix(t, "。") || strings.HasSuffix(t, "。」") || photoCreditEnd.MatchString(t)
}

// photoCreditEnd is a photographer's or agency's credit in brackets at
// the end of a caption: （李華輝攝）, （港台圖片）, (新华社记者 张三 摄).
var photoCreditEnd = regexp.MustCompile(`[（(][^（）()]{0,20}(?:攝|摄|圖片|图片|供圖|供图|提供|翻攝|翻摄|截圖|截图)[）)]$`)

// centredCaption reports whether p, a line centred under a centred
// image, reads as the image's caption: a short line, bold or not, with no
// sentence end, not opening with a number as a list item or a numbered
// heading does, and no work's title.
func centredCaption(p Paragraph) bool {
	n := runeCount(p.Text)
	return (p.Kind == KindText || p.Kind == KindHeading && p.Level == 0) && n >= 4 && n <= 40 &&
		!containsAnyRune(p.Text, "。！？!?\n") && !maybeNumbered(p.Text) &&
		!(strings.HasPrefix(p.Text, "《") && strings.HasSuffix(p.Text, "》")) // a work's title heads the work under it
}

func isCaptionLine(s string) bool {
	return len(s) <= 150 && runeCount(s) <= 50 && !containsAnyRune(s, "。！？\n") &&
		(captionLine.MatchString(s) || containsAnyOf(s, "摄", "图", "提供") && captionCredit.MatchString(s))
}

// joinText joins two normalized texts as the normalizer joins two runs
// of text: with a space, but none beside full-width punctuation, which
// carries its own spacing (一、 and 正文 make 一、正文), so that the result is
// normalized too.
func joinText(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	if last, _ := decodeLastRune(a); isWidePunct(last) || isWidePunct(firstRune(b)) {
		return a + b
	}
	return a + " " + b
}

// namesWriters reports whether text is a line of credits that names the
// people who wrote or edited the article (记者 张三 李四; see namesPeople),
// not a photo's credit (图源备注:…).
func namesWriters(g *creditGrammar, text string) bool {
	if !g.startsWithLabel(text) {
		return false
	}
	cl, ok := g.line(text, modeByline, nil)
	return ok && namesPeople(&cl)
}
