package newsdoc

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// node is a block element of a full page. The article is the node whose
// paragraphs read most like an article and least like links and chrome.
type node struct {
	parent  int32
	a       atom.Atom
	hint    int8    // +1 a class or id that names content, -1 one that names chrome
	site    int32   // the ArticleIn rule (position plus one) that names it the article
	chrome  bool    // it or an ancestor is named chrome, and no nearer one content
	summary bool    // its class or id names a summary box (summary, abstract, introduction)
	in      bool    // inside the article
	score   float64 // the sum of its paragraphs' weights
	mass    float64 // the sum of their positive weights: its article-like text
	desc    string  // tag#id.class, for the removal report of a chosen container
}

// Class and id words of page chrome and of content, as extractors have
// long read them (Mozilla Readability's unlikelyCandidates and
// okMaybeItsACandidate), with the names Chinese portals give their share
// bars, recommendation and ranking lists, QR promotions and breadcrumbs.
// A word counts at the start of a name or after a byte that is not a
// lowercase ASCII letter, and as a prefix: "hotnews" and "hot-list" are
// chrome, "photo" is not. A word written with a trailing "$" must also end
// there (end of name or a byte that is not a letter): "ad" names chrome in
// "ad-box", not in "address".
var (
	chromeWords = []string{"banner", "breadcrumb", "crumb", "combx", "comment", "community", "disqus",
		"footer", "foot", "header", "menu", "nav", "related", "relate", "remark", "reply", "replies",
		"rss", "shoutbox", "sidebar", "side", "skyscraper", "social", "sponsor", "share", "recommend",
		"recom", "hot", "rank", "qrcode", "qr", "ewm", "download", "subscribe", "guess", "toolbar",
		"login", "copyright", "pagination", "pager", "popup", "advert", "adv", "ad$", "ads$", "tag$",
		"tags$", "keyword", "more$", "lianbo", "digg", "dig$"}
	// summaryWords name a standfirst or summary box: div.introduction,
	// div.summary, p.abstract.
	summaryWords = []string{"summary$", "abstract$", "intro$", "introduction$", "digest$",
		"standfirst$", "synopsis$", "zhaiyao$", "daodu$", "daoyu$"}
	contentWords = []string{"article", "artical", "content", "text", "body", "main", "post", "detail",
		"entry", "story", "endtext", "newstxt", "news_txt", "rm_txt", "zw", "cont$", "txt"}
)

// nameWord is one entry of the table nameWords reads: a word of
// chromeWords, contentWords or summaryWords and what it says.
type nameWord struct {
	word  string
	whole bool // it must end where the name or the letters end
	says  uint8
}

// nameWordTable indexes the words by their first letter. It is built once
// and only read after.
type nameWordTable [26][]nameWord

func newNameWordTable() *nameWordTable {
	var t nameWordTable
	add := func(words []string, says uint8) {
		for _, w := range words {
			nw := nameWord{word: strings.TrimSuffix(w, "$"), whole: strings.HasSuffix(w, "$"), says: says}
			t[nw.word[0]-'a'] = append(t[nw.word[0]-'a'], nw)
		}
	}
	add(chromeWords, nameChrome)
	add(contentWords, nameContent)
	add(summaryWords, nameSummary)
	return &t
}

// nameWordsTable is read-only after package initialisation.
var nameWordsTable = newNameWordTable()

// says returns what the words of a lowercased name say.
func (t *nameWordTable) says(lower []byte) uint8 {
	var w uint8
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if c < 'a' || c > 'z' || i > 0 && isLowerASCII(lower[i-1]) {
			continue
		}
		for _, nw := range t[c-'a'] {
			if w&nw.says != 0 || !bytes.HasPrefix(lower[i:], []byte(nw.word)) {
				continue
			}
			if end := i + len(nw.word); nw.whole && end < len(lower) && isLowerASCII(lower[end]) {
				continue
			}
			w |= nw.says
		}
	}
	return w
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// What the words of an id or class name say (see nameWords).
const (
	nameChrome uint8 = 1 << iota
	nameContent
	nameSummary
)

// nameWords returns what an id or class name says, read once per page:
// the names of a page repeat on every element that has them.
func (ps *pageState) nameWords(name []byte) uint8 {
	if w, ok := ps.names[string(name)]; ok {
		return w
	}
	w := nameWordsTable.says(bytes.ToLower(name))
	if len(ps.names) < maxNames {
		ps.names[string(name)] = w
	}
	return w
}

// maxNames bounds the names a page's cache of nameWords holds.
const maxNames = 1 << 14

// classHint reads an element's id, then its class names: -1 when they
// name chrome, +1 content, 0 neither or both. A name with words of both
// ("comment-text", "related-article") is chrome: it names the part of
// the chrome that holds text. It also reports whether the id or a class
// names a summary box (summaryWords).
func (ps *pageState) classHint(el *Element) (hint int8, summary bool) {
	if id, ok := el.attr("id"); ok && len(id) > 0 {
		w := ps.nameWords(id)
		summary = w&nameSummary != 0
		switch {
		case w&nameChrome != 0:
			return -1, summary
		case w&nameContent != 0:
			return 1, summary
		}
	}
	class, _ := el.attr("class")
	chrome, content := false, false
	for c := range fields(class) {
		w := ps.nameWords(c)
		summary = summary || w&nameSummary != 0
		switch {
		case w&nameChrome != 0:
			chrome = true
		case w&nameContent != 0:
			content = true
		}
	}
	switch {
	case chrome && !content:
		return -1, summary
	case content && !chrome:
		return 1, summary
	}
	return 0, summary
}

// addNode records a block element of a page and returns its index.
func (p *parser) addNode(a atom.Atom, name []byte, parent int32) int32 {
	ps := p.page
	n := node{parent: parent, a: a}
	n.hint, n.summary = ps.classHint(&p.el)
	if len(p.pol.ix.articleIDs) > 0 || len(p.pol.ix.articleClasses) > 0 {
		n.site = p.articleRule(a)
		if n.site != 0 {
			n.desc = p.describeAlways(a, name)
		}
	}
	ps.nodes = append(ps.nodes, n)
	return int32(len(ps.nodes) - 1)
}

// articleRule returns the ArticleIn rule that names the current element
// the article on this page's site, or 0.
func (p *parser) articleRule(a atom.Atom) int32 {
	ix := &p.pol.ix
	host := p.page.siteHost(p.cfg.baseURL)
	if id, ok := p.el.attr("id"); ok && len(id) > 0 {
		for _, n := range ix.articleIDs[string(id)] {
			r := p.pol.rule(n)
			if (host == "" || onSite(host, r.site)) && r.selectorTag(a, "#"+string(id)) {
				return int32(n)
			}
		}
	}
	if class, ok := p.el.attr("class"); ok && host != "" {
		for c := range fields(class) {
			for _, n := range ix.articleClasses[string(c)] {
				r := p.pol.rule(n)
				if onSite(host, r.site) && r.selectorTag(a, "."+string(c)) {
					return int32(n)
				}
			}
		}
	}
	return 0
}

// onSite reports whether host is site or a subdomain of it.
func onSite(host, site string) bool {
	return host == site || strings.HasSuffix(host, "."+site)
}

// paraFeatures are what a paragraph's text says of it.
type paraFeatures struct {
	chars, links, punct int
	footer              bool // a copyright or licence line of the page's footer
}

// footerText is what the footer of a Chinese site says: its licences and
// report lines (违法和不良信息举报电话, 京ICP备…), and its copyright.
var footerText = regexp.MustCompile(`违法和不良信息举报|違法和不良資訊舉報|不良信息举报|ICP备|ICP證|ICP证|网安备|網安備|` +
	`公网安备|互联网新闻信息服务许可|網際網路新聞|(?i:copyright\s*(?:©|\(c\)|&copy;)?\s*\d{4})|©\s*\d{4}|版权所有|版權所有`)

// footerNeeds are the texts a match of footerText holds: most paragraphs
// hold none and need no run of the pattern.
var footerNeeds = prefilterOf(footerText)

func featuresOf(p *Paragraph) paraFeatures {
	var f paraFeatures
	f.chars, f.punct = countChars(p.Text)
	for _, m := range p.Marks {
		if m.Kind == MarkLink {
			n, _ := countChars(m.Text) // the link's characters, white space not counted
			f.links += n
		}
	}
	f.footer = len(p.Text) < 1200 && (footerNeeds == nil || footerNeeds.in(p.Text)) && footerText.MatchString(p.Text)
	return f
}

// countChars returns how many runes of s are not white space, and how
// many of them end or split sentences (，。！？； and , ! ? ;): what
// sentences have and headlines, menus and labels do not. The runes of
// U+4000–U+9FFF (Han characters, the bulk of the text), none of them
// white space or a mark, are told by their lead byte and not decoded.
func countChars(s string) (chars, punct int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0xe4 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			chars++
			i += 3
			continue
		}
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				chars++
			}
			if c == ',' || c == '!' || c == '?' || c == ';' {
				punct++
			}
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		if !isSpaceRune(r) {
			chars++
		}
		switch r {
		case '，', '。', '！', '？', '；':
			punct++
		}
		i += n
	}
	return chars, punct
}

// isSpaceRune is unicode.IsSpace, quicker for the runes of Chinese text:
// no white space comes after U+3000, and the few before it are written
// out, where unicode.IsSpace searches a table for every rune past Latin-1
// (the quotes “”‘’, the dash — and the ellipsis … of Chinese text among
// them).
func isSpaceRune(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r > 0x3000:
		return false
	case r < 0x2000:
		return r == 0x85 || r == 0xA0 || r == 0x1680
	}
	return r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// linkList reports whether a paragraph is mostly links: a navigation bar,
// a related-news list.
func (f paraFeatures) linkList() bool { return f.links*2 > f.chars }

// weight is how much a paragraph says its container is the article:
// its text outside links, more with sentence punctuation; less than
// nothing for links and for short lines without punctuation (menus,
// labels, buttons).
func (f paraFeatures) weight(k Kind) float64 {
	switch {
	case f.chars == 0 || k == KindImage:
		return 0
	case f.linkList() || f.footer:
		return -float64(f.chars)
	case k == KindHeading || f.punct == 0 && f.chars < 10:
		// Headings too: a list of other articles' headlines is a list of
		// headings, and an article has far more text than subheads.
		return -float64(min(f.chars, 8))
	case f.punct == 0:
		return float64(f.chars-f.links) / 2 // prose set without punctuation, as some blogs write
	}
	return float64(f.chars-f.links) * (1 + float64(min(f.punct, 20))/10)
}

// findArticle chooses the article's container: the node an ArticleIn
// rule names, when it holds text, else the node with the highest score,
// the sum of its paragraphs' weights (a paragraph under a node named
// chrome counts against it). It marks the nodes inside it and returns
// its index.
func (ps *pageState) findArticle(paras []Paragraph, info []paraInfo) int {
	nodes := ps.nodes
	for i := range nodes {
		if i == 0 {
			continue
		}
		n := &nodes[i]
		par := &nodes[n.parent]
		n.chrome = n.hint < 0 || par.chrome && n.hint <= 0
	}
	for i := range paras {
		f := featuresOf(&paras[i])
		n := &nodes[info[i].node]
		w := f.weight(paras[i].Kind)
		if n.chrome && w > 0 {
			w = -w
		}
		n.score += w
		if w > 0 {
			n.mass += w
		}
	}
	for i := len(nodes) - 1; i > 0; i-- {
		nodes[nodes[i].parent].score += nodes[i].score
		nodes[nodes[i].parent].mass += nodes[i].mass
	}
	best := 0
	site := false
	for i := 1; i < len(nodes); i++ {
		n := &nodes[i]
		switch {
		case n.site != 0 && n.score > 0 && (!site || n.score > nodes[best].score):
			best, site = i, true
		case !site && !n.chrome && n.score >= nodes[best].score:
			best = i
		}
	}
	if !site {
		best = dominantChild(nodes, best)
	}
	for i := range nodes {
		n := &nodes[i]
		n.in = i == best || i > 0 && nodes[n.parent].in
	}
	ps.continueArticle(paras, info, best)
	return best
}

// continueArticle takes in the paragraphs of prose that follow the
// article's container right after it, in a block of their own under one
// of the container's ancestors: broken markup (a stray </td> in an
// advert inside a paragraph) closed the container before the article's
// end. It stops at the first paragraph that is not prose in a <p> of
// its own: a heading, a link list, a line of a few words or with fewer
// than two punctuation marks, a <div>, or anything under chrome.
func (ps *pageState) continueArticle(paras []Paragraph, info []paraInfo, best int) {
	nodes := ps.nodes
	last := -1
	for i := range paras {
		if nodes[info[i].node].in {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(paras); i++ {
		k := info[i].node
		n := &nodes[k]
		if n.in {
			continue
		}
		if paras[i].Kind == KindImage {
			continue
		}
		f := featuresOf(&paras[i])
		if paras[i].Kind != KindText || n.a != atom.P || n.chrome || f.linkList() || f.footer || f.punct < 2 || f.chars < 20 ||
			!ancestorOf(nodes, int(n.parent), best) {
			return
		}
		n.in = true
	}
}

// ancestorOf reports whether node a is node n or one of its ancestors.
func ancestorOf(nodes []node, a, n int) bool {
	for ; n > 0; n = int(nodes[n].parent) {
		if n == a {
			return true
		}
	}
	return a == 0
}

// dominant is the share of a node's article-like text (its paragraphs'
// positive weight) that one child must hold to be the article instead:
// a page's article is one block, and what lies beside it in the same
// column (teasers of other articles, a comment box) is not.
const dominant = 0.6

// dominantChild descends from node n to the child that holds most of its
// article-like text, as long as one does.
func dominantChild(nodes []node, n int) int {
	for {
		next := -1
		for i := n + 1; i < len(nodes); i++ {
			c := &nodes[i]
			if c.parent == int32(n) && !c.chrome && c.mass >= dominant*nodes[n].mass && c.mass > 0 {
				next = i
				break
			}
		}
		if next < 0 {
			return n
		}
		n = next
	}
}

// decodeRune is utf8.DecodeRuneInString, with a rune of three bytes, as
// most Chinese characters are, read inline: the standard library decodes
// every rune past ASCII through a call, and the recognizers ask for the
// first rune of most paragraphs and words. Anything else is left to it.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] >= utf8.RuneSelf {
		if r, ok := rune3(s[0], s[1], s[2]); ok {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// rune3 decodes c0, c1 and c2 as one rune of three bytes, and reports
// whether they are one: a lead byte of E0 to EF, two continuation bytes,
// and neither an overlong form (below U+0800) nor a surrogate.
func rune3(c0, c1, c2 byte) (rune, bool) {
	if c0&0xf0 != 0xe0 || (c1^0x80)|(c2^0x80) >= 0x40 {
		return 0, false
	}
	r := rune(c0&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
	return r, r >= 0x800 && r&0xf800 != 0xd800
}

// decodeLastRune is utf8.DecodeLastRuneInString, with a text that ends
// in a rune of three bytes, as most Chinese text does, read inline: the
// standard library's scans back for the rune's start and decodes it
// through two calls, and the paragraph recognizers ask for the last rune
// of most paragraphs several times each. Anything else is left to it.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n >= 3 {
		if r, ok := rune3(s[n-3], s[n-2], s[n-1]); ok {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// runeCount is utf8.RuneCountInString, quicker on Chinese text: the
// standard library's decodes rune by rune through a call, where most
// runes here are three bytes that need only their two continuation
// bytes checked (and, after E0 and ED, the range of the first, which
// rules out overlong and surrogate forms). Anything else, invalid bytes
// too, is counted as utf8.DecodeRuneInString steps over it.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c&0xF0 == 0xE0 && len(s)-i >= 3 {
			c1, c2 := s[i+1], s[i+2]
			if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && (c != 0xE0 || c1 >= 0xA0) && (c != 0xED || c1 < 0xA0) {
				i += 3
				continue
			}
		}
		_, w := decodeRune(s[i:])
		i += w
	}
	return n
}

// runesOver reports whether s holds more than n runes, as runeCount(s) >
// n does, counting only a text of more than n bytes and at most 4n: one
// of n bytes or fewer holds n runes or fewer, and one of more than 4n
// bytes more than n (a rune is at most four bytes, a byte that is not
// UTF-8 one).
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > 4*n:
		return true
	}
	return runeCount(s) > n
}

// fewerRunes reports whether a holds fewer runes than b, as runeCount(a)
// < runeCount(b) does, without counting a long a: a text of 4n bytes or
// more holds n runes or more (a rune is at most four bytes, a byte that
// is not UTF-8 one).
func fewerRunes(a, b string) bool {
	n := runeCount(b)
	if len(a) >= 4*n {
		return false
	}
	return runeCount(a) < n
}
