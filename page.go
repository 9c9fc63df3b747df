package newsdoc

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strconv"
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
	want     int               // the raw text the next text token is: wantTitle, wantJSONLD or wantScript
	script   time.Time         // a publication date a script of the page sets
	scanned  int               // bytes of scripts scanned for it
	nodes    []node            // block elements, in document order; nodes[0] is the root
	headline int               // the paragraph that is the page's headline, -1 if none
	host     *string           // the page's host, once asked (the head is read by then)
	names    map[string]uint8  // what the id and class names of the page say (nameWords)
	// relAuthor is the text of the first <a rel="author"> of the page, the
	// HTML way to link an article to its author's page; classAuthor the
	// first text in an element whose class or id names an author
	// (div.author, span.author-name, span#author_baidu).
	relAuthor, classAuthor string
}

const (
	wantNone = iota
	wantTitle
	wantJSONLD
	wantScript
	wantRelAuthor
	wantClassAuthor
)

func newPageState() *pageState {
	return &pageState{meta: map[string]string{}, links: map[string]string{}, nodes: []node{{parent: -1}}, headline: -1,
		names: map[string]uint8{}}
}

// head records what a start tag tells of the page: <html lang>, <base>,
// <meta>, <link rel>, and that the text of a <title> or of a JSON-LD
// script comes next.
func (ps *pageState) head(a atom.Atom, el *Element) {
	if ps.want == wantRelAuthor && isBlock(a) {
		ps.want = wantNone // the author's link held no text
	}
	if ps.want == wantNone && ps.classAuthor == "" && a != atom.Meta && a != atom.Link && a != atom.Img {
		if class, ok := el.attr("class"); ok && containsFold(class, "author") {
			ps.want = wantClassAuthor
		} else if id, ok := el.attr("id"); ok && containsFold(id, "author") {
			ps.want = wantClassAuthor // <span id="author_baidu">王帆</span> (南方网)
		}
	}
	switch a {
	case atom.Html:
		if v, ok := el.attr("lang"); ok && ps.lang == "" {
			ps.lang = trimSpace(string(v))
		}
	case atom.Base:
		if v, ok := el.attr("href"); ok && ps.base == "" {
			ps.base = trimSpace(string(v))
		}
	case atom.Title:
		if ps.title == "" {
			ps.want = wantTitle
		}
	case atom.Script:
		ps.want = wantScript
		if v, _ := el.attr("type"); bytes.EqualFold(bytes.TrimSpace(v), []byte("application/ld+json")) {
			ps.want = wantJSONLD
		}
	case atom.A:
		if ps.relAuthor == "" && (ps.want == wantNone || ps.want == wantClassAuthor) {
			if rel, ok := el.attr("rel"); ok && bytes.Contains(bytes.ToLower(rel), []byte("author")) {
				ps.want = wantRelAuthor
			}
		}
	case atom.Link:
		rel, _ := el.attr("rel")
		href, ok := el.attr("href")
		if k := strings.ToLower(trimSpace(string(rel))); ok && k != "" {
			if _, dup := ps.links[k]; !dup {
				ps.links[k] = trimSpace(string(href))
			}
		}
	case atom.Meta:
		content, ok := el.attr("content")
		if !ok {
			return
		}
		for _, key := range [...]string{"name", "property", "itemprop", "http-equiv"} {
			if k, ok := el.attr(key); ok && len(k) > 0 {
				k := strings.ToLower(trimSpace(string(k)))
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
	case wantScript:
		ps.scanScript(b)
	case wantRelAuthor, wantClassAuthor:
		t := trimSpace(Normalize(string(b)))
		if t == "" {
			return // the space before the element's text
		}
		if runeCount(t) > 20 {
			break
		}
		if ps.want == wantRelAuthor {
			ps.relAuthor = t
		} else {
			ps.classAuthor = t
		}
	}
	ps.want = wantNone
}

// scriptDate is a publication date a page's script sets for the page to
// show: pubtime: "2019-09-07 19:02:26" (腾讯), var ct = "1581517074"
// (WeChat, Unix seconds).
var scriptDate = regexp.MustCompile(`(?i)^(?:pub_?time|publish_?time|publish_?date|pub_?date|date_?published|` +
	`create_?time|ptime|ct|published_?at|publish_?at)["']?\s*[:=]\s*["']?((?:1[0-9]{9})|(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?)`)

// maxScriptScan bounds the script text scanned for a date on one page.
const maxScriptScan = 1 << 20

// scanScript looks for the first date a script sets.
func (ps *pageState) scanScript(b []byte) {
	if !ps.script.IsZero() || ps.scanned >= maxScriptScan {
		return
	}
	b = b[:min(len(b), maxScriptScan-ps.scanned)]
	ps.scanned += len(b)
	v := scriptDateValue(b)
	if v == nil {
		return
	}
	if n, err := strconv.ParseInt(string(v), 10, 64); err == nil && len(v) == 10 {
		ps.script = time.Unix(n, 0)
		return
	}
	ps.script, _ = findDate(string(v), nil)
}

// scriptDateNames are the names scripts give a publication date, in lower
// case: pubtime: "2019-09-07 19:02:26" (腾讯), var ct = "1581517074"
// (WeChat). Each ends in e, d or t, which scriptDateValue looks at first
// (TestScriptDateNamesEnd checks it).
var scriptDateNames = map[string]bool{"pubtime": true, "pub_time": true, "publishtime": true, "publish_time": true,
	"publishdate": true, "publish_date": true, "pubdate": true, "pub_date": true, "datepublished": true,
	"date_published": true, "createtime": true, "create_time": true, "ptime": true, "ct": true,
	"publishedat": true, "published_at": true, "publishat": true, "publish_at": true}

// scriptDateValue returns the first value a script sets a date name to
// (see scriptDate): it looks at the name before each ':' and '=', which
// costs one pass over the script.
func scriptDateValue(b []byte) []byte {
	colon, equals := bytes.IndexByte(b, ':'), bytes.IndexByte(b, '=')
	for colon >= 0 || equals >= 0 {
		// i is the next ':' or '=', found with IndexByte, which is much
		// faster than a loop over every byte of a long script.
		var i int
		if equals < 0 || colon >= 0 && colon < equals {
			i = colon
			if colon = bytes.IndexByte(b[i+1:], ':'); colon >= 0 {
				colon += i + 1
			}
		} else {
			i = equals
			if equals = bytes.IndexByte(b[i+1:], '='); equals >= 0 {
				equals += i + 1
			}
		}
		j := i - 1
		for j >= 0 && (b[j] == ' ' || b[j] == '\t') {
			j--
		}
		if j >= 0 && (b[j] == '"' || b[j] == '\'') {
			j--
		}
		if j < 0 || b[j]|0x20 != 'e' && b[j]|0x20 != 'd' && b[j]|0x20 != 't' {
			continue // every name of scriptDateNames ends in e, d or t
		}
		end := j + 1
		for j >= 0 && (b[j] == '_' || b[j] >= '0' && b[j] <= '9' || b[j]|0x20 >= 'a' && b[j]|0x20 <= 'z') {
			j--
		}
		name := b[j+1 : end]
		if len(name) < 2 || len(name) > 14 {
			continue
		}
		var lower [14]byte
		for k, c := range name {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[k] = c
		}
		if !scriptDateNames[string(lower[:len(name)])] {
			continue
		}
		if m := scriptDate.FindSubmatch(b[j+1 : min(len(b), i+48)]); m != nil {
			return m[1]
		}
	}
	return nil
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
		if json.Unmarshal([]byte(trimSpace(text)), &v) != nil {
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

// siteHost returns the host of the page's URL, in lower case, or "".
func (ps *pageState) siteHost(given string) string {
	if ps.host == nil {
		h := ""
		if u := ps.baseURL(given); u != nil {
			h = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
		ps.host = &h
	}
	return *ps.host
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

// containsFold reports whether b holds word, a lower-case ASCII word,
// ASCII case aside, without copying b. A word that opens with a byte that
// has no case ("<pre") is looked for by jumps to that byte.
func containsFold(b []byte, word string) bool {
	if c := word[0]; c < 'a' || c > 'z' {
		for i := 0; i+len(word) <= len(b); i++ {
			k := bytes.IndexByte(b[i:], c)
			if k < 0 {
				return false
			}
			i += k
			if i+len(word) <= len(b) && bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
				return true
			}
		}
		return false
	}
	for i := 0; i+len(word) <= len(b); i++ {
		if b[i]|0x20 == word[0] && bytes.EqualFold(b[i:i+len(word)], []byte(word)) {
			return true
		}
	}
	return false
}

// titleAuthor returns the name a <title> of three parts or more sets
// between the headline and the site's name (headline - 紀曉風 - 信報網站), when
// it looks like a person's, or "".
func titleAuthor(title string) string {
	locs := titleSeparators.FindAllStringIndex(title, -1)
	if len(locs) < 2 {
		return ""
	}
	// The part after the first separator, up to the second; a dash's
	// match takes the rune after it (标题-紀曉風), which is the part's.
	start, end := locs[0][1], locs[1][0]
	if r, size := decodeLastRune(title[:start]); !strings.ContainsRune("_|｜-–— ", r) {
		start -= size
	}
	part := trimSpace(title[start:end])
	if looksLikeHanName(part) {
		return part
	}
	return ""
}

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
	if metaTitle != "" && !strings.Contains(metaTitle, "_") && runeCount(metaTitle) >= 4 {
		return stripSiteName(metaTitle, title)
	}
	return stripSiteName(title, metaTitle)
}

// bracketedTitle is a <title> made of a short name and, in brackets, the
// headline: 成報新聞(美國擴「潔淨網絡」 中國不可信程式須下架 …).
var bracketedTitle = regexp.MustCompile(`^\s*([^()（）\s]{2,12})\s*[(（](.{4,})[)）]\s*$`)

// stripSiteName removes the site's name after the headline in a <title>:
// the parts after the first separator, when what is left is long enough
// to be a headline. A headline that holds a separator itself is kept
// whole when other metadata shows it.
func stripSiteName(title, other string) string {
	if other != "" && strings.HasPrefix(title, other) && runeCount(other) >= 4 {
		return other
	}
	// 成報新聞(美國擴「潔淨網絡」…): the site's name, the headline in brackets.
	if m := bracketedTitle.FindStringSubmatch(title); m != nil && runeCount(m[2]) > 2*runeCount(m[1]) {
		return trimSpace(m[2])
	}
	// The cuts below index title as it is: trimSpace may take white space
	// off a head's end only, not its start.
	title = strings.TrimLeftFunc(title, unicode.IsSpace)
	locs := titleSeparators.FindAllStringIndex(title, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		head := trimSpace(title[:locs[i][0]])
		tail := title[locs[i][0]:]
		if runeCount(head) >= 4 && runeCount(tail) <= 40 {
			title = head
			continue
		}
		break
	}
	return title
}

// fallbackDate is the date of a page that gives none in its metadata,
// scripts or byline: a short line just above the headline (a paper's
// day over its stories: 2020年8月8日星期六), else a short line of its own
// in the article or right after it, else the day its URL or its <title>
// names (/article/20200808/, "- 20200808 -"), read in loc.
func fallbackDate(paras []Paragraph, info []paraInfo, ps *pageState, first int, pageURL string, loc *time.Location) time.Time {
	for i := ps.headline - 1; i >= 0 && i >= ps.headline-3; i-- {
		if p := &paras[i]; p.Kind == KindText && runeCount(p.Text) <= 40 {
			if t, _, ok := findDateTime(p.Text, loc); ok {
				return t
			}
		}
	}
	// A line of its own with a date on it, in the article or right after
	// it (发布日期：2019-09-23 14:34:05 under the text of a small site).
	last := first
	for i := first; i < len(paras); i++ {
		if ps.nodes[info[i].node].in {
			last = i
		}
	}
	for i := max(first, ps.headline+1, 0); i < len(paras) && i <= last+6; i++ {
		p := &paras[i]
		if p.Kind != KindText || runeCount(p.Text) > 60 || containsAnyRune(p.Text, "。！？，") {
			continue
		}
		if t, _, ok := findDateTime(p.Text, loc); ok {
			return t
		}
	}
	if u, err := url.Parse(pageURL); err == nil {
		if t, ok := compactDate(urlDate, u.Path, loc); ok {
			return t
		}
	}
	t, _ := compactDate(titleDate, ps.title, loc)
	return t
}

var (
	// urlDate is a day in a URL's path: /2020/08/08/, /20200808/,
	// /2020-08/08/, -20180702.htm.
	urlDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
	// titleDate is a day written as eight digits in a page's title:
	// "全民自願驗… - 20200808 - 港聞 - 每日明報".
	titleDate = regexp.MustCompile(`(?:^|[\s_|-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:$|[\s_|-])`)
)

// compactDate reads the day that re finds in s.
func compactDate(re *regexp.Regexp, s string, loc *time.Location) (time.Time, bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	d, ok := makeDateMatch(atoi(m[1]), atoi(m[2]), atoi(m[3]), nil, loc)
	return d.t, ok
}

// metaDate returns the publication date the page's metadata gives, and
// whether it has a time.
func metaDate(ps *pageState, ld ldArticle, loc *time.Location) (time.Time, bool) {
	candidates := []string{ld.DatePublished}
	candidates = append(candidates, ps.metaValue("article:published_time", "og:release_date", "datepublished",
		"publishdate", "pubdate", "publish_date", "publishtime", "publish-time", "weibo: article:create_at",
		"og:time", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "date", "firstpublishedtime",
		"created", "article:created_time", "og:published_time", "releasedate", "dateupdate"))
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if t, timed, ok := findDateTime(c, loc); ok {
			return t, timed
		}
		if t, err := ParseDate(c, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
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
	m.URL = firstOf(notSiteRoot(ps.links["canonical"]), notSiteRoot(ps.meta["og:url"]), notSiteRoot(ld.URL))
	m.SiteName = firstOf(ps.metaValue("og:site_name", "application-name", "apple-mobile-web-app-title"), ld.Publisher)
	m.Description = ps.metaValue("description", "og:description", "twitter:description")
	m.Language = firstOf(ps.lang, ps.metaValue("content-language", "language", "og:locale"))
	m.Author = ps.metaValue("author", "article:author")
	m.Tags = keywords(ps.metaValue("keywords", "news_keywords", "tags", "article:tag"))
	meta, metaTimed := metaDate(ps, ld, cfg.loc)
	if ld.DateModified != "" {
		m.Modified, _ = findDate(ld.DateModified, cfg.loc)
	} else if v := ps.metaValue("article:modified_time", "og:updated_time", "weibo: article:update_at"); v != "" {
		m.Modified, _ = findDate(v, cfg.loc)
	}

	lifted, byline, bylineTimed := readByline(doc, info, ps, first, cfg)
	// The date readers see under the headline first, unless the metadata
	// says more; then what a script sets for the page to show.
	switch {
	case !byline.IsZero() && (bylineTimed || !metaTimed || meta.IsZero()):
		m.Date = byline
	case !meta.IsZero():
		m.Date = meta
	case !ps.script.IsZero():
		m.Date = ps.script
	default:
		m.Date = fallbackDate(doc.Paragraphs, info, ps, first, m.URL, cfg.loc)
	}
	if len(doc.Credits.Authors) == 0 {
		authors := ld.Authors
		if len(authors) == 0 {
			// <meta name="byl" content="TRIPP MICKLE">: a byline the page
			// declares as such (not "author", which many Chinese sites
			// give the editor who posted the page).
			if v := ps.metaValue("byl", "byline", "parsely-author", "sailthru.author"); v != "" {
				v = strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by ")
				authors = strings.FieldsFunc(strings.ReplaceAll(v, " and ", ","), func(r rune) bool { return r == ',' || r == '、' || r == '，' })
			}
		}
		if len(authors) == 0 && ps.relAuthor != "" {
			// <a href="…/author/xifeng" rel="author">西风</a>: the link to
			// the author's page.
			authors = []string{ps.relAuthor}
		}
		if len(authors) == 0 {
			// 內地客經港轉機恢復 空服員憂播毒 - 紀曉風 - 信報網站: a columnist's
			// name between the headline and the site's in the <title>.
			if name := titleAuthor(ps.title); name != "" {
				authors = []string{name}
			}
		}
		if len(authors) == 0 {
			// <div class="author"><span class="name">谢若含</span>: the first
			// text of an element named for the author, when it is a Han
			// name (作者：谢若含 too).
			// A label decides: 作者：谢若含 names the author, 责任编辑：张申 an
			// editor, whatever the class says.
			t := ps.classAuthor
			if containsAnyRune(t, "：:/／|｜") {
				if cl, ok := cfg.policy.grammar().line(t, modeLenient, cfg.loc); ok { // no name alone: 黄斌汉： over a blog's title
					for _, seg := range cl.segs {
						if seg.label.field == CreditAuthor {
							authors = append(authors, seg.names...)
						}
					}
				}
			} else if looksLikeHanName(t) {
				authors = []string{t}
			}
		}
		for _, a := range authors {
			if names, _, _ := readNamesIn(trimSpace(a), false); len(names) == 1 && isPersonName(names[0]) {
				doc.Credits.Authors = appendNew(doc.Credits.Authors, names[0])
			}
		}
	}
	// 来源：中国新闻网 and 王帆 in spans side by side, with no space between
	// them, read as one source: the source holds no author's name.
	for _, a := range doc.Credits.Authors {
		if head, ok := strings.CutSuffix(doc.Credits.Source, a); ok && head != "" && isOrgText(trimSpace(head)) {
			doc.Credits.Source = trimSpace(head)
		}
	}
	if len(doc.Credits.Authors) == 0 && m.Description != "" {
		// The description is the article's first lines: its dateline
		// names the reporters where the page shows no text (a paywall).
		datelineReporters(doc, cfg.policy.grammar(), m.Description, cfg)
	}
	info = dropOutside(doc, info, ps, lifted, cfg)
	if base := ps.baseURL(cfg.baseURL); base != nil {
		resolveURLs(doc, base.String())
	}
	return info
}

// notSiteRoot returns u, or "" when u is only a site's root
// (http://www.china.com.cn/, as some pages set og:url): no article's URL.
func notSiteRoot(u string) string {
	p, err := url.Parse(u)
	if err == nil && (p.Path == "" && p.Host != "" || p.Path == "/") && p.RawQuery == "" && p.Fragment == "" {
		return "" // but https://m.example.com/#/detail?id=123 routes to an article
	}
	return u
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
		if k = trimSpace(k); k != "" && runeCount(k) <= 30 {
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
		n := runeCount(t)
		if n < 4 {
			return false
		}
		for _, title := range titles {
			// The headline is the title, or the title is the headline and
			// the site's name: most of it, never a word of it.
			if title != "" && strings.HasPrefix(title, t) && 5*n >= 3*runeCount(stripSiteName(title, "")) {
				return true
			}
		}
		return false
	}
	found, h1 := -1, -1
	for i := range min(len(paras), first+3) {
		p := &paras[i]
		if p.Kind != KindHeading && p.Kind != KindText || runeCount(p.Text) > 80 {
			continue
		}
		if matches(p.Text) && (p.Kind == KindHeading || isTitleLine(p) || found < 0) {
			found = i // a heading or bold line wins over plain text
		}
		if p.Kind == KindHeading && p.Level == 1 && i < first && !featuresOf(p).linkList() {
			h1 = i // (an <h1> that is a link is the site's logo)
		}
	}
	if found >= 0 {
		return found
	}
	if h1 >= 0 {
		return h1
	}
	return headlineAbove(paras, first)
}

// isDated reports whether s holds a date.
func isDated(s string) bool {
	_, ok := findDate(s, nil)
	return ok
}

// headlineAbove finds the headline of a page whose <title> names only the
// site or a column (新闻动态-中国地理学会) and which sets its headline in no
// <h1> (or only its logo): the nearest line above the article, past its date and byline
// lines and short widgets, that is long enough for a headline, no
// sentence, no breadcrumb and no link. It returns -1 when a sentence or
// a long text comes first.
func headlineAbove(paras []Paragraph, first int) int {
	for i := first - 1; i >= 0 && i >= first-6; i-- {
		p := &paras[i]
		if p.Kind != KindText && p.Kind != KindHeading {
			continue
		}
		t := noSpace(p.Text)
		n := runeCount(t)
		switch {
		case n < 8:
			continue // a widget: 搜索, 4
		case n > 80 || strings.Contains(t, "。"):
			return -1 // prose: the standfirst, or the article itself
		case n <= 60 && isDated(t):
			continue // 发布时间：2019-05-18 来源：中国地理学会
		case containsAnyRune(t, ">›»") || strings.Contains(t, "当前位置") || strings.Contains(t, "當前位置") ||
			strings.HasPrefix(t, "首页") || strings.HasPrefix(t, "主页") || strings.HasPrefix(t, "首頁"):
			continue // a breadcrumb
		case featuresOf(p).links > 0:
			continue // a link: navigation, a related story
		}
		return i
	}
	return -1
}

func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// bylineEnd ends the value of a credit in a byline with widgets in it:
// two spaces, or a word of the widgets around bylines.
var bylineEnd = regexp.MustCompile(`\s{2,}|分享|举报|舉報|字号|字號|评论|評論|阅读|閱讀|打印|收藏|关注|關注|订阅|訂閱|\||A-|A\+`)

// readByline reads the byline area: the short lines between the headline
// and the article (the eight before the article when there is no
// headline), the first lines of the article, and a date alone on the line
// above the headline. It returns the first
// date they print and the paragraphs that were nothing but credits and
// dates, whose credits it lifts; lines with widgets in them (字号, 分享)
// give their labelled credits and stay.
func readByline(doc *Document, info []paraInfo, ps *pageState, first int, cfg *config) (lifted map[int]bool, date time.Time, timed bool) {
	start, end := max(first-8, 0), min(first+3, len(doc.Paragraphs))
	if h := ps.headline; h >= 0 && h < first {
		// Twelve lines after the headline, or down to the article when
		// it starts within twenty (a long share bar between them).
		start, end = h+1, min(max(first+3, h+1), h+13, len(doc.Paragraphs))
		if first-h <= 20 {
			end = min(first+3, len(doc.Paragraphs))
		}
	}
	g := cfg.policy.grammar()
	lifted = map[int]bool{}
	tags := false // in the list after 標籤：, whose items are the story's tags
	for i := start; i < end; i++ {
		p := &doc.Paragraphs[i]
		switch {
		case tagLabel(p.Text):
			tags = true
			continue
		case tags && p.Kind == KindListItem:
			continue // 標籤： / 連戰 / 馬英九: a tag names whom the story is about
		}
		tags = false
		if p.Kind == KindTable && len(p.Text) < 600 {
			// A byline laid out in a table: 作者：记者王敬照 | 编辑：王华军.
			for _, row := range p.Rows {
				for _, cell := range row {
					if cl, ok := g.line(cell.Text, modeByline, cfg.loc); ok {
						doc.Credits.addLine(&cl, nil)
					}
				}
			}
			continue
		}
		if name, ok := sentFrom(p.Text); ok && p.Kind != KindHeading {
			// 西风 发自 凹非寺: the reporter, and where the report is sent from.
			doc.Credits.Authors = appendNew(doc.Credits.Authors, name)
			lifted[i] = true
			continue
		}
		if p.Kind != KindText && p.Kind != KindListItem && p.Kind != KindQuote && (p.Kind != KindHeading || i == ps.headline) || runeCount(p.Text) > 200 ||
			containsAnyRune(p.Text, "。！？") || isAdoptionNote(p.Text) {
			continue // a sentence of the article, not a byline: its dates are not the page's
		}
		if cl, ok := g.line(p.Text, modeByline, cfg.loc); ok && (len(cl.segs) > 0 || cl.hasDate) {
			if len(cl.segs) == 1 && cl.segs[0].label.field == CreditAuthor && len(cl.segs[0].names) == 0 && i > start && !lifted[i-1] {
				// 関谷智 / 国際部記者: a name alone on the line above a
				// reporter's label that names no one.
				if q := &doc.Paragraphs[i-1]; q.Kind == KindText {
					if name := trimSpace(q.Text); looksLikeHanName(name) || isSingleName(name) && !isOrgText(name) && !jobWord.in(name) {
						cl.segs[0].names = []string{name}
						lifted[i-1] = true
					}
				}
			}
			doc.Credits.addLine(&cl, nil)
			switch {
			case cl.updated && doc.Meta.Modified.IsZero():
				doc.Meta.Modified = cl.date // 最新更新：2016/03/19 10:48
			case date.IsZero() && cl.hasDate && !cl.updated:
				date, timed = cl.date, cl.dated
			}
			lifted[i] = true
			continue
		}
		if name := trimSpace(p.Text); looksLikeHanName(name) &&
			(i > start && isDateLine(doc.Paragraphs[i-1].Text, cfg) || i+1 < end && isDateLine(doc.Paragraphs[i+1].Text, cfg)) {
			// 2018年09月16日 15:31 中時 / 謝明俊: a name alone beside the date
			// line is the byline.
			doc.Credits.Authors = appendNew(doc.Credits.Authors, name)
			lifted[i] = true
			continue
		}
		if d, ok := findDateMatch(p.Text, cfg.loc, time.Time{}); ok && date.IsZero() && !updateLabels.in(p.Text[:d.start]) {
			date, timed = d.t, d.timed
		}
		for _, seg := range g.labelled(p.Text) {
			doc.Credits.add(&seg)
		}
	}
	// Dec 28 Sat 2013 00:28 / 新竹尖石_美樹營地賞楓 (2): a line that is only
	// a date, right above the headline, where blogs and some papers print it.
	if h := ps.headline; date.IsZero() && h > 0 && h < len(doc.Paragraphs) {
		p := &doc.Paragraphs[h-1]
		if (p.Kind == KindText || p.Kind == KindListItem) && isDateLine(p.Text, cfg) {
			if cl, ok := g.line(p.Text, modeByline, cfg.loc); ok && cl.hasDate && len(cl.segs) == 0 && !cl.updated {
				date, timed = cl.date, cl.dated
				lifted[h-1] = true
			}
		}
	}
	return lifted, date, timed
}

// sentFromLine is a byline of a reporter and where the report is sent
// from: 西风 发自 凹非寺, 李四 發自 台北.
var sentFromLine = regexp.MustCompile(`^(\p{Han}{2,4})\s*(?:发自|發自)\s*\p{Han}{2,8}$`)

// sentFrom returns the reporter a sent-from byline names.
func sentFrom(s string) (string, bool) {
	if !strings.Contains(s, "发自") && !strings.Contains(s, "發自") {
		return "", false
	}
	m := sentFromLine.FindStringSubmatch(trimSpace(s))
	if m == nil || !looksLikeHanName(m[1]) {
		return "", false
	}
	return m[1], true
}

// isAdoptionNote reports whether s is the note of when a law or
// resolution was adopted (（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）):
// part of the document, its date not the page's.
func isAdoptionNote(s string) bool {
	return containsAnyOf(s, "会议通过", "會議通過", "会议修正", "會議修正", "会议修订", "會議修訂", "会议批准", "會議批准")
}

// tagLabel reports whether s labels a list of the story's tags or
// keywords: 標籤：, 标签:, 关键词：, Tags:.
func tagLabel(s string) bool {
	switch strings.TrimRight(trimSpace(s), "：:") {
	case "標籤", "标签", "關鍵字", "关键字", "關鍵詞", "关键词", "熱門標籤", "热门标签", "Tags", "TAGS", "tags", "Tag", "TAG":
		return true
	}
	return false
}

// isDateLine reports whether s is a short line with a date on it: the
// date line of a byline.
func isDateLine(s string, cfg *config) bool {
	if runeCount(s) > 40 {
		return false
	}
	_, _, ok := findDateTime(s, cfg.loc)
	return ok
}

// labelled reads the credits of a line that holds more than credits (a
// byline with widgets in it): each label followed by a separator, and
// its value up to the next label or widget.
func (g *creditGrammar) labelled(s string) []creditSegment {
	labels := g.find(s)
	var segs []creditSegment
	for k, at := range labels {
		end := len(s)
		if k+1 < len(labels) {
			end = labels[k+1].orgStart
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[at.end:end], " "))
		// 作者魏星: a label that takes its name glued, with a name that
		// looks like a person's.
		glued := at.label.has(glued) && isHan(r) && r == firstRune(s[at.end:end])
		if !isCreditSep(r) && !glued {
			continue
		}
		value := strings.TrimLeft(s[at.end:end], " "+creditSeps)
		if loc := dateSpan(value, nil); loc != nil {
			value = value[:loc[0]]
		}
		if e := bylineEnd.FindStringIndex(value); e != nil {
			value = value[:e[0]]
		}
		if glued {
			value = trimSpace(value)
			if i := strings.IndexFunc(value, isSpaceRune); i >= 0 {
				value = value[:i]
			}
			if !looksLikeHanName(value) {
				continue
			}
		}
		if seg, ok := readSegment(at.label, value); ok && (len(seg.names) > 0 || seg.value != "" && seg.label.field == CreditSource) {
			segs = append(segs, seg)
		}
	}
	return segs
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isPersonName reports whether s reads as a person's name rather than an
// outlet's or a number: two to five Han characters (a · allowed, as in
// transcribed foreign names) not ending as outlets' names do, or Latin
// words.
func isPersonName(s string) bool {
	n := runeCount(s)
	if n < 2 || n > 12 || orgWord.MatchString(s) || n <= 6 && strings.ToUpper(s) == s && !containsAnyRune(s, " ·•.") && s[0] < utf8.RuneSelf {
		return false // NHK, CNN, BBC: an acronym names an organization
	}
	han := 0
	for _, r := range s {
		switch {
		case isHan(r):
			han++
		case r == '·' || r == '•' || r == ' ' || r == '.' || r == '-' || unicode.IsLetter(r):
		default:
			return false
		}
	}
	return han == 0 || han <= 5 || containsAnyRune(s, "·•")
}

// surnames are the common Chinese family names, Simplified and
// Traditional: some four hundred that the great majority of people
// bear. A name printed with no credit label before it must start with
// one (see looksLikeHanName): the words of the widgets and notes around
// bylines (原创, 书签, 搜尋, 節錄, 整合) rarely do.
var surnames = func() map[rune]bool {
	const s = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金" +
		"石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪" +
		"庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂凃成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房" +
		"滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣" +
		"巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜阚花权强帅屠朴盖练" +
		"廉禹井祖漆巴卿狄计索宣晋相初容敬扈晁芮都蒯阙浦戈伏鹿薄邸雍辜羊裘修邰赫杭况宿鲜印逯隆茹诸战慕危银亢嵇湛宾戎茅利揭尉斯束" +
		"檀衣展阴幸奉衡富尧洪赖汝贝鄞钮於" +
		// The Traditional forms of those that differ.
		"張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾鐘譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單塗駱藍鮑華饒" +
		"陽時農繆簡車項連蘆麥婁竇黨費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練計晉闕況鮮諸戰銀賓陰堯賴貝鈕"
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}()

// compoundSurnames are the family names of two characters whose first is
// no family name of its own.
var compoundSurnames = map[string]bool{"上官": true, "东方": true, "東方": true, "皇甫": true, "令狐": true, "公孙": true,
	"公孫": true, "端木": true, "独孤": true, "獨孤": true, "长孙": true, "長孫": true, "宇文": true, "澹台": true, "澹臺": true,
	"南宫": true, "南宮": true, "西门": true, "西門": true, "轩辕": true, "軒轅": true}

// looksLikeHanName reports whether w, read with no credit label before
// it, looks like a person's name: two to four Han characters starting
// with a common family name, or a transcribed name with a middle dot
// (阿不都·热合曼). A pen name, an account's name or a word needs a label
// to be read as a name.
func looksLikeHanName(w string) bool {
	if containsAnyRune(w, "·•") {
		return allHanNames([]string{w})
	}
	n := runeCount(w)
	if n < 2 || n > 4 || !allHanNames([]string{w}) || orgWord.MatchString(w) {
		return false
	}
	r, size := utf8.DecodeRuneInString(w)
	if surnames[r] {
		return true
	}
	if r2, _ := utf8.DecodeRuneInString(w[size:]); n >= 3 {
		return compoundSurnames[string(r)+string(r2)]
	}
	return false
}

// dropOutside drops what is not the article, each under its rule: the
// paragraphs outside its container (or, when they were a byline, under
// the credits rule), and in it, link lists and what chrome elements hold.
// Credit lines just after the article's end are read into the credits
// first (see readClosingCredits) and dropped under the credits rule.
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
	rules := make([]int, len(doc.Paragraphs))
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		n := &ps.nodes[info[i].node]
		switch {
		case lifted[i] && ix.credits != 0:
			rules[i] = ix.credits
		case !n.in:
			rules[i] = ix.article
		case ix.chrome != 0 && n.chrome && !chromeContainer:
			rules[i] = ix.chrome
		case ix.linkLists != 0 && (p.Kind == KindText || p.Kind == KindListItem) && featuresOf(p).linkList():
			rules[i] = ix.linkLists
		}
	}
	keepLeadPhoto(doc, ps, rules, ix.article)
	keepLede(doc, ps, rules, ix.article)
	readClosingCredits(doc, rules, cfg)
	markSummaryBox(doc, info, ps, rules, cfg)
	kept, keptInfo := doc.Paragraphs[:0], info[:0]
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		rule := rules[i]
		if rule == 0 && ix.navLinks != 0 {
			rule = cutNavLink(doc, p, cfg)
		}
		if rule == 0 {
			kept, keptInfo = keepAt(kept, doc.Paragraphs, i), keepAt(keptInfo, info, i)
			continue
		}
		if cfg.removals {
			doc.Removed = append(doc.Removed, Removal{Rule: cfg.policy.rule(rule).Name, Element: p.Kind.String(), Text: p.Text})
		}
	}
	doc.Paragraphs = kept
	return keptInfo
}

// firstAfterHeadline returns the first paragraph after the headline that
// no rule drops, the article's first, or -1 (also when the page has no
// headline).
func firstAfterHeadline(ps *pageState, rules []int) int {
	if ps.headline < 0 {
		return -1
	}
	for i := ps.headline + 1; i < len(rules); i++ {
		if rules[i] == 0 {
			return i
		}
	}
	return -1
}

// keepLeadPhoto keeps the article's lead photo: an image with a caption
// that the page sets between the headline and the article's container,
// outside it (a figure above the text), with no paragraph of prose between
// it and the text. The caption is the article's: 台中市賴姓女子…墬落身亡。王煌忠攝.
func keepLeadPhoto(doc *Document, ps *pageState, rules []int, article int) {
	first := firstAfterHeadline(ps, rules) // the article's first paragraph
	if first < 0 {
		return
	}
	for i := first - 1; i > ps.headline; i-- {
		p := &doc.Paragraphs[i]
		switch {
		case p.Kind == KindImage && p.Image != nil && rules[i] == article:
			if p.Image.Caption != "" {
				if isLeadCaption(p.Image.Caption) {
					rules[i] = 0
				}
				break
			}
			// <figure><img><figcaption>士林一年邁母子在住處上吊身亡。: the
			// caption a line of its own right after the image; or, in an
			// item of a slideshow's list, a sentence after the image (RTHK;
			// an author's avatar and title, 王文中国人民大学…院长, are none).
			if c := i + 1; c < first && rules[c] == article && isLeadCaption(doc.Paragraphs[c].Text) &&
				(doc.Paragraphs[c].Kind == KindText || doc.Paragraphs[c].Kind == KindListItem && endsSentence(doc.Paragraphs[c].Text) ||
					doc.Paragraphs[c].Kind == KindHeading && photoCredited(doc.Paragraphs[c].Text)) {
				rules[i], rules[c] = 0, 0
				if doc.Paragraphs[c].Kind == KindHeading {
					// <h3 class="img_desc">…（記者林調遜／攝影）: a caption set
					// in a heading's element is text, no subhead.
					doc.Paragraphs[c].Kind, doc.Paragraphs[c].Level = KindText, 0
				}
			}
		case p.Kind == KindText && isProse(p.Text):
			return // the page's own text stands between
		}
	}
}

// keepLede keeps the article's first paragraph where the page sets it
// between the headline and the article's container, outside it (東方日報's
// div.leadin): up to maxLede paragraphs of prose right above the first
// paragraph of the article, each longer than a summary's line, with no
// link (a promo's) and no label in its first characters, that the article
// does not restate (a summary box does; see markSummaryBox), with nothing
// but images and short lines (a date, a share bar) between them and it.
func keepLede(doc *Document, ps *pageState, rules []int, article int) {
	first := firstAfterHeadline(ps, rules) // the article's first paragraph
	if first < 0 {
		return
	}
	var have map[[2]rune]bool // the article's pairs of Han characters, once one is asked for
	kept := 0
	for i := first - 1; i > ps.headline && kept < maxLede; i-- {
		p := &doc.Paragraphs[i]
		switch {
		case p.Kind == KindImage || p.Kind == KindText && !isProse(p.Text):
			continue
		case p.Kind == KindText && rules[i] == article && runeCount(p.Text) >= 3*maxPlain && !hasLink(p) &&
			!containsAnyRune(runePrefix(p.Text, 8), "：:"):
			if have == nil {
				var rest []string
				for k := first; k < len(rules); k++ {
					if rules[k] == 0 && doc.Paragraphs[k].Kind == KindText {
						rest = append(rest, doc.Paragraphs[k].Text)
					}
				}
				have = hanPairs(rest)
			}
			if restatedIn([]string{p.Text}, have) >= restateShare {
				return
			}
			rules[i], kept = 0, kept+1
			continue
		}
		return
	}
}

// hasLink reports whether p holds a link: a promo's 【点击投票】, no lede's.
func hasLink(p *Paragraph) bool {
	for _, m := range p.Marks {
		if m.Kind == MarkLink {
			return true
		}
	}
	return false
}

// maxLede is how many paragraphs keepLede keeps at most: a lede is a
// paragraph or two, not a second article.
const maxLede = 3

// isLeadCaption reports whether s can be the caption of a lead photo: a
// sentence or a phrase of eight to 120 characters, Chinese (prevnext, a
// slider's buttons, is none), with no label and
// colon (a byline, a date line) and no year or time in figures.
func isLeadCaption(s string) bool {
	n := runeCount(s)
	// Eight characters at least: 关注新华网 under a QR code is no caption.
	return n >= 8 && n <= 120 && containsHan(s) && !containsAnyRune(s, "：:\n") && !hasDigitRun(s, 4)
}

// photoCredited reports whether s ends with a photo's credit, as a
// caption does: …（記者林調遜／攝影）, …王煌忠攝, …（新华社发）.
func photoCredited(s string) bool {
	tail := strings.TrimRight(s, "）)」” 。")
	tail = tail[len(tail)-min(len(tail), 12):]
	return containsAnyOf(tail, "攝", "摄", "攝影", "摄影", "提供", "社发", "社發")
}

// hasDigitRun reports whether s holds k ASCII digits in a row (a year, a
// time): a date line, not a caption.
func hasDigitRun(s string, k int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= k {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// restateShare is the share of a summary box's character pairs that the
// rest of the article must hold for the box to be its restatement.
const restateShare = 0.8

// markSummaryBox applies the DropSummaryBox rule: it marks, in rules, the
// paragraphs of a summary box that opens the article and that the rest
// of the article restates. The box is a label alone with the list items
// after it (划重点： and its points), a paragraph that starts with the
// label and a colon (摘要：…), or the paragraphs of an element whose
// class or id names a summary (div.introduction).
func markSummaryBox(doc *Document, info []paraInfo, ps *pageState, rules []int, cfg *config) {
	n := cfg.policy.ix.summaryBox
	if n == 0 {
		return
	}
	paras := doc.Paragraphs
	first := -1
	for i := range paras {
		if rules[i] == 0 && paras[i].Kind != KindImage {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	container := ps.container()
	inSummary := func(i int) bool {
		for k := int(info[i].node); k > 0 && k != container; k = int(ps.nodes[k].parent) {
			if ps.nodes[k].summary {
				return true
			}
		}
		return false
	}
	var box []int
	var said []string
	p := &paras[first]
	loc := summaryLabelRe.FindStringIndex(p.Text)
	switch {
	case loc != nil && loc[1] == len(p.Text) && p.Kind != KindListItem:
		// 划重点： and the points after it.
		box = append(box, first)
		for i := first + 1; i < len(paras) && rules[i] == 0 && paras[i].Kind == KindListItem; i++ {
			box = append(box, i)
			said = append(said, paras[i].Text)
		}
	case loc != nil && containsAnyRune(p.Text[:loc[1]], "：:】]"):
		box, said = []int{first}, []string{p.Text[loc[1]:]}
	default:
		for i := first; i < len(paras) && rules[i] == 0 && paras[i].Kind != KindImage && inSummary(i); i++ {
			box = append(box, i)
			said = append(said, paras[i].Text)
		}
	}
	if len(said) == 0 {
		return
	}
	var rest []string
	for i := box[len(box)-1] + 1; i < len(paras); i++ {
		if rules[i] == 0 && paras[i].Kind != KindImage {
			rest = append(rest, paras[i].Text)
		}
	}
	if restated(said, rest) < restateShare {
		return
	}
	for _, i := range box {
		rules[i] = n
	}
}

// restated returns the share of the pairs of adjacent Han characters of
// said that the texts of rest hold, or 0 when said has fewer than ten.
func restated(said, rest []string) float64 {
	return restatedIn(said, hanPairs(rest))
}

// restatedIn is restated with the pairs of rest made once (hanPairs).
func restatedIn(said []string, have map[[2]rune]bool) float64 {
	hit, all := 0, 0
	eachHanPair(said, func(p [2]rune) {
		all++
		if have[p] {
			hit++
		}
	})
	if all < 10 {
		return 0
	}
	return float64(hit) / float64(all)
}

// hanPairs returns the pairs of adjacent Han characters of texts.
func hanPairs(texts []string) map[[2]rune]bool {
	have := map[[2]rune]bool{}
	eachHanPair(texts, func(p [2]rune) { have[p] = true })
	return have
}

func eachHanPair(texts []string, each func([2]rune)) {
	for _, t := range texts {
		prev := rune(0)
		for _, r := range t {
			if !isHan(r) {
				prev = 0
				continue
			}
			if prev != 0 {
				each([2]rune{prev, r})
			}
			prev = r
		}
	}
}

// runePrefix returns the first n runes of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// cutNavLink applies the DropNavLinks rule to a paragraph of the
// article: a link back to the site that ends it is cut, and reported.
// It returns the rule when the paragraph was nothing but the link, and
// is to be dropped whole.
func cutNavLink(doc *Document, p *Paragraph, cfg *config) int {
	if p.Kind != KindText && p.Kind != KindListItem {
		return 0
	}
	var link *Mark
	for k := range p.Marks {
		if m := &p.Marks[k]; m.Kind == MarkLink && strings.TrimRightFunc(p.Text[m.End:], isSpaceRune) == "" {
			link = m
		}
	}
	if link == nil || !navLinkRe.MatchString(trimSpace(link.Text)) {
		return 0
	}
	n := cfg.policy.ix.navLinks
	head := strings.TrimRightFunc(p.Text[:link.Start], isSpaceRune)
	if head == "" {
		return n
	}
	if cfg.removals {
		doc.Removed = append(doc.Removed, Removal{Rule: cfg.policy.rule(n).Name, Element: "a", Text: p.Text[link.Start:]})
	}
	p.truncate(head)
	return 0
}

// closingZone is how many paragraphs after the article's last kept
// paragraph are read for its closing credits: the editor line of a
// portal stands under the text, after at most a few buttons, tags and
// source lines (责任编辑：张珺, [责任编辑：刘斌], 【编辑:马学玲】, 王介村/編輯).
const closingZone = 6

// readClosingCredits reads the credit lines that close the article just
// outside it: the paragraphs that are dropped (outside the container, or
// under chrome in it) within closingZone paragraphs after the article's
// last kept paragraph, up to the first heading (the next block of the
// page). A line that the credit grammar reads as credits, as it reads a
// byline (modeByline), has its credits recorded and is dropped under the
// credits rule; a table's cells are read one by one (作者：记者王敬照 |
// 编辑：王华军), and the table stays under its own rule. Dates are not read
// there: the page's date comes from its byline.
func readClosingCredits(doc *Document, rules []int, cfg *config) {
	ix := &cfg.policy.ix
	if ix.credits == 0 {
		return
	}
	last := -1
	for i := range rules {
		if rules[i] == 0 {
			last = i
		}
	}
	if last < 0 {
		return
	}
	g := cfg.policy.grammar()
	seen := 0
	for i := last + 1; i < len(doc.Paragraphs) && seen < closingZone; i++ {
		p := &doc.Paragraphs[i]
		if p.Kind == KindImage {
			continue
		}
		if p.Kind == KindHeading {
			return
		}
		seen++
		if rules[i] != ix.article && rules[i] != ix.chrome {
			continue
		}
		if p.Kind == KindTable {
			if len(p.Text) < 600 {
				for _, row := range p.Rows {
					for _, cell := range row {
						if cl, ok := closingCredit(g, cell.Text, cfg); ok {
							doc.Credits.addLine(&cl, nil)
						}
					}
				}
			}
			continue
		}
		if p.Kind != KindText && p.Kind != KindListItem || linkBar(p) {
			continue // 关于我们|网站地图|诚聘英才: a bar of links is the site's, no credit
		}
		if cl, ok := closingCredit(g, p.Text, cfg); ok {
			doc.Credits.addLine(&cl, nil)
			rules[i] = ix.credits
		}
	}
}

// closingCredit reads a line after the article as credits: a line of
// credits by the grammar (modeByline) with a label in it, that credits
// someone or something. Past the article's end, names with no label are
// not read: a bracketed column name (【熱門點閱】) or a list of places
// after a blog post reads as names.
func closingCredit(g *creditGrammar, s string, cfg *config) (creditLine, bool) {
	if !g.mayHold(s) {
		return creditLine{}, false // no label: most lines after an article
	}
	cl, ok := g.line(s, modeByline, cfg.loc)
	if !ok || len(g.find(s)) == 0 {
		return cl, false
	}
	for _, seg := range cl.segs {
		if len(seg.names) > 0 || seg.value != "" {
			return cl, true
		}
	}
	return cl, false
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

// linkBar reports whether p is a bar of links: mostly link text, and
// three links or more or links apart by bars (关于我们|网站地图|诚聘英才),
// not a credit line whose name is a link (作者：<a>欧阳振华</a>).
func linkBar(p *Paragraph) bool {
	if !featuresOf(p).linkList() {
		return false
	}
	links := 0
	for _, m := range p.Marks {
		if m.Kind == MarkLink {
			links++
		}
	}
	return links >= 3 || containsAnyRune(p.Text, "|｜")
}
