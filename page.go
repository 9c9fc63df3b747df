package newsdoc

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// pageState is what the token pass of a full page gathers besides the
// paragraphs: the <head>'s metadata and the tree of block elements, in
// which the article is then found (see extract.go).
type pageState struct {
	title    string            // <title>
	lang     string            // <html lang>
	base     string            // <base href>
	meta     map[string]string // <meta name|property|itemprop> content, by lower-case key; the first wins
	links    map[string]string // <link rel> href, by lower-case rel
	jsonLD   []string          // <script type="application/ld+json"> texts
	want     int               // the raw text the next text token is: wantTitle or wantJSONLD
	nodes    []node            // block elements, in document order; nodes[0] is the root
	headline int               // the paragraph that is the page's headline, -1 if none
}

const (
	wantNone = iota
	wantTitle
	wantJSONLD
)

func newPageState() *pageState {
	return &pageState{meta: map[string]string{}, links: map[string]string{}, nodes: []node{{parent: -1}}, headline: -1}
}

// head records what a start tag tells of the page: <html lang>, <base>,
// <meta>, <link rel>, and that the text of a <title> or of a JSON-LD
// script comes next.
func (ps *pageState) head(a atom.Atom, el *Element) {
	switch a {
	case atom.Html:
		if v, ok := el.attr("lang"); ok && ps.lang == "" {
			ps.lang = strings.TrimSpace(string(v))
		}
	case atom.Base:
		if v, ok := el.attr("href"); ok && ps.base == "" {
			ps.base = strings.TrimSpace(string(v))
		}
	case atom.Title:
		if ps.title == "" {
			ps.want = wantTitle
		}
	case atom.Script:
		if v, _ := el.attr("type"); bytes.EqualFold(bytes.TrimSpace(v), []byte("application/ld+json")) {
			ps.want = wantJSONLD
		}
	case atom.Link:
		rel, _ := el.attr("rel")
		href, ok := el.attr("href")
		if k := strings.ToLower(strings.TrimSpace(string(rel))); ok && k != "" {
			if _, dup := ps.links[k]; !dup {
				ps.links[k] = strings.TrimSpace(string(href))
			}
		}
	case atom.Meta:
		content, ok := el.attr("content")
		if !ok {
			return
		}
		for _, key := range [...]string{"name", "property", "itemprop", "http-equiv"} {
			if k, ok := el.attr(key); ok && len(k) > 0 {
				k := strings.ToLower(strings.TrimSpace(string(k)))
				if _, dup := ps.meta[k]; !dup && len(content) > 0 {
					ps.meta[k] = Normalize(string(content))
				}
			}
		}
	}
}

// text takes the raw text of a <title> or JSON-LD script.
func (ps *pageState) text(b []byte) {
	switch ps.want {
	case wantTitle:
		ps.title = Normalize(string(b))
	case wantJSONLD:
		if len(ps.jsonLD) < 8 {
			ps.jsonLD = append(ps.jsonLD, string(b))
		}
	}
	ps.want = wantNone
}

// metaValue returns the first of the meta keys the page has.
func (ps *pageState) metaValue(keys ...string) string {
	for _, k := range keys {
		if v := ps.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

// ldArticle is what newsdoc reads of a JSON-LD NewsArticle (or Article,
// BlogPosting, ReportageNewsArticle).
type ldArticle struct {
	Headline      string
	DatePublished string
	DateModified  string
	Authors       []string
	Publisher     string
	URL           string
}

// readJSONLD returns the first article object of the page's JSON-LD, in
// a script's top level, a list, or an @graph.
func (ps *pageState) readJSONLD() (ldArticle, bool) {
	for _, text := range ps.jsonLD {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(text)), &v) != nil {
			continue
		}
		if a, ok := findLDArticle(v, 0); ok {
			return a, true
		}
	}
	return ldArticle{}, false
}

func findLDArticle(v any, depth int) (ldArticle, bool) {
	if depth > 4 {
		return ldArticle{}, false
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if a, ok := findLDArticle(e, depth+1); ok {
				return a, true
			}
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			if a, ok := findLDArticle(g, depth+1); ok {
				return a, true
			}
		}
		if !ldIsArticle(x["@type"]) {
			return ldArticle{}, false
		}
		a := ldArticle{Headline: ldString(x["headline"]), DatePublished: ldString(x["datePublished"]),
			DateModified: ldString(x["dateModified"]), URL: ldString(x["url"])}
		a.Authors = ldNames(x["author"])
		if p := ldNames(x["publisher"]); len(p) > 0 {
			a.Publisher = p[0]
		}
		return a, true
	}
	return ldArticle{}, false
}

func ldIsArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	if s, ok := v.(string); ok {
		return Normalize(s)
	}
	return ""
}

// ldNames reads a person or organization, or a list of them, as names.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := Normalize(x); s != "" {
			return []string{s}
		}
	case map[string]any:
		return ldNames(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// baseURL returns the URL relative links of the page resolve against:
// the caller's, else <base href>, else the canonical URL, else og:url.
func (ps *pageState) baseURL(given string) *url.URL {
	for _, s := range [...]string{given, ps.base, ps.links["canonical"], ps.meta["og:url"]} {
		if u, err := url.Parse(absoluteURL(s)); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u
		}
	}
	return nil
}

// titleSeparators split a page title into the headline and the site's
// name: "标题_新浪财经_新浪网", "标题-中新网", "标题|澎湃新闻".
var titleSeparators = regexp.MustCompile(`\s*(?:[_|｜]|\s[-–—]\s|[-–—](?:\p{Han}|[A-Za-z]))`)

// pageTitle returns the headline of the page: the page's own headline
// (an <h1>, or a heading the <title> starts with) when it agrees with the
// metadata, else og:title or the JSON-LD headline, else the <title>
// without the site's name after it.
func pageTitle(ps *pageState, paras []Paragraph, ld ldArticle) string {
	title := ps.title
	metaTitle := ps.metaValue("og:title", "twitter:title")
	if ld.Headline != "" {
		metaTitle = ld.Headline
	}
	if ps.headline >= 0 {
		return paras[ps.headline].Text
	}
	if metaTitle != "" && !strings.Contains(metaTitle, "_") && utf8.RuneCountInString(metaTitle) >= 4 {
		return stripSiteName(metaTitle, title)
	}
	return stripSiteName(title, metaTitle)
}

// stripSiteName removes the site's name after the headline in a <title>:
// the parts after the first separator, when what is left is long enough
// to be a headline. A headline that holds a separator itself is kept
// whole when other metadata shows it.
func stripSiteName(title, other string) string {
	if other != "" && strings.HasPrefix(title, other) && utf8.RuneCountInString(other) >= 4 {
		return other
	}
	locs := titleSeparators.FindAllStringIndex(title, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		head := strings.TrimSpace(title[:locs[i][0]])
		tail := title[locs[i][0]:]
		if utf8.RuneCountInString(head) >= 4 && utf8.RuneCountInString(tail) <= 40 {
			title = head
			continue
		}
		break
	}
	return title
}

// metaDate returns the publication date the page's metadata gives.
func metaDate(ps *pageState, ld ldArticle, loc *time.Location) time.Time {
	candidates := []string{ld.DatePublished}
	candidates = append(candidates, ps.metaValue("article:published_time", "og:release_date", "datepublished",
		"publishdate", "pubdate", "publish_date", "publishtime", "publish-time", "weibo: article:create_at",
		"og:time", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
		"created", "article:created_time", "og:published_time", "releasedate"))
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if t, err := ParseDate(c, loc); err == nil {
			return t
		}
		if t, ok := findDate(c, loc); ok {
			return t
		}
	}
	return time.Time{}
}

// readPage reads what a full page adds to its paragraphs: the metadata of
// its <head>, the headline and the byline under it, and which paragraphs
// are the article; the others are dropped under the policy's rules. It
// returns the paragraphs' info, filtered with them.
func readPage(doc *Document, info []paraInfo, ps *pageState, cfg *config) []paraInfo {
	ld, _ := ps.readJSONLD()
	ix := &cfg.policy.ix
	paras := doc.Paragraphs
	first := 0 // the article's first paragraph
	if ix.article != 0 {
		ps.findArticle(paras, info)
		for first < len(paras) && !ps.nodes[info[first].node].in {
			first++
		}
	}
	ps.headline = findHeadline(paras, ps, ld, first)

	m := &doc.Meta
	m.Title = pageTitle(ps, paras, ld)
	m.URL = firstOf(ps.links["canonical"], ps.meta["og:url"], ld.URL)
	m.SiteName = firstOf(ps.metaValue("og:site_name", "application-name", "apple-mobile-web-app-title"), ld.Publisher)
	m.Description = ps.metaValue("description", "og:description", "twitter:description")
	m.Language = firstOf(ps.lang, ps.metaValue("content-language", "language", "og:locale"))
	m.Author = ps.metaValue("author", "article:author")
	m.Tags = keywords(ps.metaValue("keywords", "news_keywords", "tags", "article:tag"))
	m.Date = metaDate(ps, ld, cfg.loc)
	if ld.DateModified != "" {
		m.Modified, _ = findDate(ld.DateModified, cfg.loc)
	} else if v := ps.metaValue("article:modified_time", "og:updated_time", "weibo: article:update_at"); v != "" {
		m.Modified, _ = findDate(v, cfg.loc)
	}

	lifted := readByline(doc, info, ps, first, cfg)
	if len(doc.Credits.Authors) == 0 {
		for _, a := range ld.Authors {
			if names := creditNames([]string{a}); len(names) == 1 && isPersonName(names[0]) {
				doc.Credits.Authors = appendNew(doc.Credits.Authors, names[0])
			}
		}
	}
	info = dropOutside(doc, info, ps, lifted, cfg)
	if base := ps.baseURL(cfg.baseURL); base != nil {
		resolveURLs(doc, base.String())
	}
	return info
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// keywords splits <meta name="keywords"> into tags.
func keywords(s string) []string {
	var out []string
	for _, k := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == '|'
	}) {
		if k = strings.TrimSpace(k); k != "" && utf8.RuneCountInString(k) <= 30 {
			out = appendNew(out, k)
		}
	}
	return out
}

// findHeadline returns the paragraph that is the page's headline: the
// last heading (h1, else h2) or short bold line before the article, or at
// its start, whose text the page's <title>, og:title or JSON-LD headline
// starts with; else the last <h1> before the article; else -1.
func findHeadline(paras []Paragraph, ps *pageState, ld ldArticle, first int) int {
	titles := []string{noSpace(ps.title), noSpace(ps.metaValue("og:title", "twitter:title")), noSpace(ld.Headline)}
	matches := func(text string) bool {
		t := noSpace(text)
		if utf8.RuneCountInString(t) < 4 {
			return false
		}
		for _, title := range titles {
			if title != "" && strings.HasPrefix(title, t) {
				return true
			}
		}
		return false
	}
	found, h1 := -1, -1
	for i := range min(len(paras), first+3) {
		p := &paras[i]
		heading := p.Kind == KindHeading && p.Level <= 2 || p.Kind == KindText && isTitleLine(p)
		if !heading {
			continue
		}
		if matches(p.Text) {
			found = i
		}
		if p.Kind == KindHeading && p.Level == 1 && i < first {
			h1 = i
		}
	}
	if found >= 0 {
		return found
	}
	return h1
}

func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// bylineLabel is a credit label followed by its separator, as bylines
// under headlines write them: "2019-09-07 13:43 来源: 网易财经 作者：张三".
var bylineLabel = regexp.MustCompile(`(原标题|責任編輯|责任编辑|责编|責編|稿源|來源|来源|出处|作者|记者|記者|編輯|编辑|撰文|出品)\s*[:：]\s*`)

// bylineEnd ends the value of a byline credit: a date or a word of the
// widgets around bylines.
var bylineEnd = regexp.MustCompile(`\s{2,}|(?:19|20)\d{2}[-/.年]|分享|举报|字号|评论|阅读|打印|收藏|关注|订阅|\|`)

// readByline reads the byline area: the short lines between the headline
// and the article, and the first lines of the article. It sets the date
// (when the metadata gives none) and lifts the credits they name; it
// returns the paragraphs that were nothing else, which are dropped as
// credits.
func readByline(doc *Document, info []paraInfo, ps *pageState, first int, cfg *config) map[int]bool {
	start, end := first, min(first+3, len(doc.Paragraphs))
	if h := ps.headline; h >= 0 && h < first {
		start, end = h+1, min(max(first+3, h+1), h+13, len(doc.Paragraphs))
	}
	lifted := map[int]bool{}
	for i := start; i < end; i++ {
		p := &doc.Paragraphs[i]
		if p.Kind != KindText && p.Kind != KindListItem || utf8.RuneCountInString(p.Text) > 200 ||
			strings.ContainsAny(p.Text, "。！？") {
			continue // a sentence of the article, not a byline: its dates are not the page's
		}
		rest := p.Text
		if loc := dateSpan(rest, cfg.loc); loc != nil {
			if doc.Meta.Date.IsZero() {
				doc.Meta.Date, _ = findDate(rest, cfg.loc)
			}
			rest = rest[:loc[0]] + " " + rest[loc[1]:]
		}
		segs, rest := bylineSegments(rest)
		for k := range segs {
			doc.Credits.add(&segs[k])
		}
		if len(segs) > 0 || rest != p.Text {
			if r := noSpace(rest); utf8.RuneCountInString(r) <= 10 && !strings.ContainsAny(r, "。！？") {
				lifted[i] = true
			}
		}
	}
	return lifted
}

// dateSpan returns where the first date of s is, or nil.
func dateSpan(s string, loc *time.Location) []int {
	for _, m := range ymdDate.FindAllStringSubmatchIndex(s, 4) {
		if _, ok := findDate(s[m[0]:m[1]], loc); ok {
			start := m[2] // the year: the match may start with the character before it
			return []int{start, m[1]}
		}
	}
	return nil
}

// bylineSegments reads the labelled credits of a byline line and returns
// them with what is left of the line.
func bylineSegments(s string) ([]creditSegment, string) {
	locs := bylineLabel.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return nil, s
	}
	var segs []creditSegment
	var rest strings.Builder
	rest.WriteString(s[:locs[0][0]])
	for k, m := range locs {
		end := len(s)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		value := s[m[1]:end]
		if e := bylineEnd.FindStringIndex(value); e != nil {
			rest.WriteString(value[e[0]:])
			value = value[:e[0]]
		}
		label, ok := labelOf(s[m[2]:m[3]])
		if !ok {
			continue
		}
		seg := creditSegment{label: label, words: strings.Fields(value)}
		if len(seg.words) == 0 || !seg.valid() {
			rest.WriteString(s[m[0]:end])
			continue
		}
		segs = append(segs, seg)
	}
	return segs, rest.String()
}

// labelOf returns the credit label of a byline's label word.
func labelOf(word string) (creditLabel, bool) {
	switch word {
	case "责编", "責編", "責任編輯":
		word = "责任编辑"
	case "來源", "稿源", "出处":
		word = "来源"
	case "記者":
		word = "记者"
	case "編輯":
		word = "编辑"
	case "出品":
		return creditLabel{label: "出品", field: fieldOther}, true
	}
	for _, cl := range creditLabels {
		if cl.label == word {
			return cl, true
		}
	}
	return creditLabel{}, false
}

// isPersonName reports whether s reads as a person's name rather than an
// outlet's or a number: two to five Han characters (a · allowed, as in
// transcribed foreign names) not ending as outlets' names do, or Latin
// words.
func isPersonName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 12 || orgWord.MatchString(s) {
		return false
	}
	han := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r == '·' || r == '•' || r == ' ' || r == '.' || r == '-' || unicode.IsLetter(r):
		default:
			return false
		}
	}
	return han == 0 || han <= 5 || strings.ContainsAny(s, "·•")
}

// dropOutside drops what is not the article, each under its rule: the
// paragraphs outside its container (or, when they were a byline, under
// the credits rule), and in it, link lists and what chrome elements hold.
func dropOutside(doc *Document, info []paraInfo, ps *pageState, lifted map[int]bool, cfg *config) []paraInfo {
	ix := &cfg.policy.ix
	if ix.article == 0 {
		return info
	}
	inside := 0
	for i := range doc.Paragraphs {
		if ps.nodes[info[i].node].in {
			inside++
		}
	}
	if inside == 0 {
		return info // no article found: keep the page whole
	}
	chromeContainer := ps.nodes[ps.container()].chrome
	kept, keptInfo := doc.Paragraphs[:0], info[:0]
	for i, p := range doc.Paragraphs {
		n := &ps.nodes[info[i].node]
		rule := 0
		switch {
		case lifted[i] && ix.credits != 0:
			rule = ix.credits
		case !n.in:
			rule = ix.article
		case ix.chrome != 0 && n.chrome && !chromeContainer:
			rule = ix.chrome
		case ix.linkLists != 0 && (p.Kind == KindText || p.Kind == KindListItem) && featuresOf(&p).linkList():
			rule = ix.linkLists
		}
		if rule == 0 {
			kept, keptInfo = append(kept, p), append(keptInfo, info[i])
			continue
		}
		if cfg.removals {
			doc.Removed = append(doc.Removed, Removal{Rule: cfg.policy.rule(rule).Name, Element: p.Kind.String(), Text: p.Text})
		}
	}
	doc.Paragraphs = kept
	return keptInfo
}

// container returns the article's node.
func (ps *pageState) container() int {
	for i := range ps.nodes {
		if ps.nodes[i].in {
			return i
		}
	}
	return 0
}

// resolveURLs resolves the relative link and image URLs of the document
// against base.
func resolveURLs(doc *Document, base string) {
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return
	}
	resolve := func(s string) string {
		if s == "" || urlScheme(s) != "" {
			return s
		}
		u, err := url.Parse(s)
		if err != nil {
			return s
		}
		return b.ResolveReference(u).String()
	}
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		for k := range p.Marks {
			p.Marks[k].Href = resolve(p.Marks[k].Href)
		}
		if p.Image != nil {
			p.Image.Src = resolve(p.Image.Src)
		}
	}
}
