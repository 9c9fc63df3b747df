package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Gold sources, as they appear in [Gold.Sources] and the *Source fields.
const (
	SourceHand        = "hand"        // testdata/pages/gold/*.json (+ *.body.txt)
	SourceTrafilatura = "trafilatura" // trafilatura evaluation entry (*.expected.json)
	SourceHtmldate    = "htmldate"    // htmldate evaluation entry (*.expected.json)
	SourceReadability = "readability" // Mozilla Readability test page (*.expected.html, *.expected-metadata.json)
	SourceNewspaper   = "newspaper4k" // newspaper4k test page (*.expected.txt, *.expected-metadata.json)
)

// Page directories and splits.
const (
	DirCorpus   = "corpus"   // the page is in the shared corpus html/ folder
	DirHeldout  = "heldout"  // the page is at <testdata/pages>/heldout/<page>
	DirHeldout2 = "heldout2" // the page is at <testdata/pages>/heldout2/<page>
	DirHeldout3 = "heldout3" // the page is at <testdata/pages>/heldout3/<page>
	DirHeldout4 = "heldout4" // the page is at <testdata/pages>/heldout4/<page>
	DirHeldout5 = "heldout5" // the page is at <testdata/pages>/heldout5/<page>
	DirHeldout6 = "heldout6" // the page is at <testdata/pages>/heldout6/<page>
	DirHeldout7 = "heldout7" // the page is at <testdata/pages>/heldout7/<page>
	DirHeldout8 = "heldout8" // the page is at <testdata/pages>/heldout8/<page>

	SplitDev      = "dev"
	SplitHeldout  = "heldout"
	SplitHeldout2 = "heldout2" // a second held-out set, made after tuning on the first
	SplitHeldout3 = "heldout3" // a third held-out set, made after tuning on the second
	SplitHeldout4 = "heldout4" // a fourth held-out set, made after tuning on the third
	SplitHeldout5 = "heldout5" // a fifth held-out set, made after tuning on the fourth
	SplitHeldout6 = "heldout6" // a sixth held-out set, made after tuning on the fifth
	SplitHeldout7 = "heldout7" // a seventh held-out set, made after tuning on the sixth
	SplitHeldout8 = "heldout8" // an eighth held-out set, made after tuning on the seventh
	SplitAll      = "all"      // every page, for [Summarize]
)

// Gold is everything known to be right about one page, gathered from every
// gold that exists for it (see [LoadGold]).
type Gold struct {
	Page  string // file name of the page, such as "gne_163_1.html"
	Dir   string // DirCorpus, DirHeldout, DirHeldout2 … DirHeldout8
	Path  string // the page's file
	Site  string // such as "163.com"
	Split string // SplitDev, SplitHeldout, SplitHeldout2 … SplitHeldout8
	URL   string // the page's URL when known

	Title string
	// TitleSource is the gold the title comes from.
	TitleSource string
	// TitleNote says what to keep in mind about the title, such as a
	// Readability title that keeps the site suffix ("…_科技_腾讯网").
	TitleNote string

	// Date is "2006-01-02" (a day, read in UTC+8) or a time in one of the
	// layouts of [ParseGoldDate].
	Date       string
	DateSource string

	Authors       []string
	AuthorsSource string

	// In are snippets the extracted text must hold; Out snippets it must
	// not hold. They are the union over all golds.
	In, Out []string

	// Body is the expected article text, when a gold gives it.
	Body       string
	BodySource string

	// Sources lists every gold that contributed, in a fixed order.
	Sources []string
	// Encoding is the encoding column of the corpus MANIFEST.tsv, when the
	// page is listed there.
	Encoding string
	// Notes are the hand gold's notes.
	Notes string
	// PageHasFFFD is set when the page is valid UTF-8 that holds U+FFFD
	// itself: a system that keeps it has not mis-decoded the page.
	PageHasFFFD bool
}

// handGold is the format of testdata/pages/gold/*.json.
type handGold struct {
	Page    string   `json:"page"`
	Dir     string   `json:"dir"`
	Site    string   `json:"site"`
	Split   string   `json:"split"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	Authors []string `json:"authors"`
	In      []string `json:"in"`
	Out     []string `json:"out"`
	Notes   string   `json:"notes"`
}

// LoadGold gathers, per page, every gold that exists:
//
//   - in corpusHTMLDir (the shared corpus html/ folder), the peers' gold
//     beside each page: trafilatura and htmldate *.expected.json,
//     Mozilla Readability *.expected.html and *.expected-metadata.json,
//     newspaper4k *.expected.txt and *.expected-metadata.json;
//   - in testdataPagesDir/gold, hand gold: <name>.json and, optionally,
//     <name>.body.txt with the expected body text. A hand gold with
//     "dir": "heldout", "heldout2" … "heldout8" names a page at
//     testdataPagesDir/<dir>/<page>.
//
// Hand gold wins over a peer's gold for title, date, authors, URL, site and
// body when it gives a value (an empty string or list gives none); the In
// and Out snippets are the union. A page with only peer gold is in the dev
// split. Readability titles often keep the site suffix ("_科技_腾讯网"); such
// a title is gold only when no hand title exists, and TitleNote says so.
//
// The result is sorted by split, then directory, then page. A gold file
// that does not parse, or that names a page that does not exist, is an
// error.
func LoadGold(corpusHTMLDir, testdataPagesDir string) ([]Gold, error) {
	pages := map[string]*Gold{} // by Dir + "/" + Page
	get := func(dir, page, path string) *Gold {
		key := dir + "/" + page
		g := pages[key]
		if g == nil {
			g = &Gold{Page: page, Dir: dir, Path: path}
			pages[key] = g
		}
		return g
	}

	if corpusHTMLDir != "" {
		if err := loadPeerGold(corpusHTMLDir, get); err != nil {
			return nil, err
		}
	}
	if testdataPagesDir != "" {
		if err := loadHandGold(corpusHTMLDir, testdataPagesDir, get); err != nil {
			return nil, err
		}
	}

	encodings := readManifest(corpusHTMLDir)
	out := make([]Gold, 0, len(pages))
	for _, g := range pages {
		page, err := os.ReadFile(g.Path)
		if err != nil {
			return nil, fmt.Errorf("evaluate: gold for %s/%s: page not found: %w", g.Dir, g.Page, err)
		}
		g.PageHasFFFD = utf8.Valid(page) && bytes.Contains(page, []byte("\uFFFD"))
		if g.Split == "" {
			g.Split = SplitDev
		}
		if g.Site == "" {
			g.Site = siteOf(g.URL)
		}
		if g.Dir == DirCorpus {
			g.Encoding = encodings[g.Page]
		}
		g.In = dedupe(g.In)
		g.Out = dedupe(g.Out)
		sortSources(g.Sources)
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Split != b.Split {
			return a.Split < b.Split
		}
		if a.Dir != b.Dir {
			return a.Dir < b.Dir
		}
		return a.Page < b.Page
	})
	return out, nil
}

// loadPeerGold reads the peers' gold files of the corpus html/ folder.
func loadPeerGold(dir string, get func(dir, page, path string) *Gold) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("evaluate: corpus: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		var base, kind string
		for _, suffix := range []string{".expected.json", ".expected-metadata.json", ".expected.html", ".expected.txt"} {
			if b, ok := strings.CutSuffix(name, suffix); ok {
				base, kind = b, suffix
				break
			}
		}
		if kind == "" {
			continue
		}
		page := base + ".html"
		path := filepath.Join(dir, page)
		if _, err := os.Stat(path); err != nil {
			return fmt.Errorf("evaluate: %s: no page %s beside it", name, page)
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("evaluate: %w", err)
		}
		g := get(DirCorpus, page, path)
		switch kind {
		case ".expected.json":
			err = readExpectedJSON(g, data)
		case ".expected-metadata.json":
			err = readExpectedMetadata(g, data)
		case ".expected.html":
			err = readExpectedHTML(g, data)
		case ".expected.txt":
			setBody(g, SourceNewspaper, string(data))
		}
		if err != nil {
			return fmt.Errorf("evaluate: %s: %w", name, err)
		}
	}
	return nil
}

// readExpectedJSON reads a trafilatura evaluation entry (title, author,
// date, with, without) or an htmldate one (url, date).
func readExpectedJSON(g *Gold, data []byte) error {
	var e struct {
		URL     string   `json:"url"`
		Title   *string  `json:"title"`
		Author  *string  `json:"author"`
		Date    string   `json:"date"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(data, &e); err != nil {
		return err
	}
	src := SourceHtmldate
	if e.Title != nil || e.Author != nil || e.With != nil || e.Without != nil {
		src = SourceTrafilatura
	}
	addSource(g, src)
	setURL(g, e.URL)
	if e.Title != nil {
		setTitle(g, src, *e.Title, "")
	}
	if e.Author != nil {
		setAuthors(g, src, splitAuthors(*e.Author))
	}
	if err := setDate(g, src, e.Date); err != nil {
		return err
	}
	g.In = append(g.In, e.With...)
	g.Out = append(g.Out, e.Without...)
	return nil
}

// readExpectedMetadata reads Readability's (title, byline, publishedTime)
// or newspaper4k's (url, title, authors, publish_date) expected metadata.
func readExpectedMetadata(g *Gold, data []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	str := func(key string) string {
		var s string
		_ = json.Unmarshal(m[key], &s) // null or absent stays ""
		return s
	}
	_, byline := m["byline"]
	_, published := m["publishedTime"]
	if byline || published {
		addSource(g, SourceReadability)
		setTitle(g, SourceReadability, str("title"),
			"Readability metadata title: may keep the site suffix (such as _科技_腾讯网)")
		if b := strings.TrimSpace(str("byline")); b != "" {
			setAuthors(g, SourceReadability, []string{b})
		}
		return setDate(g, SourceReadability, str("publishedTime"))
	}
	addSource(g, SourceNewspaper)
	setURL(g, str("url"))
	setTitle(g, SourceNewspaper, str("title"), "")
	var authors []string
	_ = json.Unmarshal(m["authors"], &authors)
	setAuthors(g, SourceNewspaper, authors)
	// newspaper4k writes a day as midnight without a zone.
	date, _ := strings.CutSuffix(str("publish_date"), "T00:00:00")
	return setDate(g, SourceNewspaper, date)
}

// readExpectedHTML reads Readability's expected article: its text is the
// body.
func readExpectedHTML(g *Gold, data []byte) error {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return err
	}
	setBody(g, SourceReadability, nodeText(doc))
	return nil
}

// loadHandGold reads testdataPagesDir/gold/*.json.
func loadHandGold(corpusHTMLDir, pagesDir string, get func(dir, page, path string) *Gold) error {
	files, err := filepath.Glob(filepath.Join(pagesDir, "gold", "*.json"))
	if err != nil {
		return err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("evaluate: %w", err)
		}
		var h handGold
		if err := json.Unmarshal(data, &h); err != nil {
			return fmt.Errorf("evaluate: %s: %w", f, err)
		}
		if h.Page == "" {
			return fmt.Errorf("evaluate: %s: no page", f)
		}
		var path string
		switch h.Dir {
		case DirCorpus, "":
			h.Dir = DirCorpus
			path = filepath.Join(corpusHTMLDir, h.Page)
		case DirHeldout, DirHeldout2, DirHeldout3, DirHeldout4, DirHeldout5, DirHeldout6, DirHeldout7, DirHeldout8:
			path = filepath.Join(pagesDir, h.Dir, h.Page)
		default:
			return fmt.Errorf("evaluate: %s: dir %q is not one of %q, %q, %q, %q, %q, %q, %q, %q, %q", f, h.Dir, DirCorpus, DirHeldout, DirHeldout2, DirHeldout3, DirHeldout4, DirHeldout5, DirHeldout6, DirHeldout7, DirHeldout8)
		}
		switch h.Split {
		case SplitDev, SplitHeldout, SplitHeldout2, SplitHeldout3, SplitHeldout4, SplitHeldout5, SplitHeldout6, SplitHeldout7, SplitHeldout8, "":
		default:
			return fmt.Errorf("evaluate: %s: split %q is not one of %q, %q, %q, %q, %q, %q, %q, %q, %q", f, h.Split, SplitDev, SplitHeldout, SplitHeldout2, SplitHeldout3, SplitHeldout4, SplitHeldout5, SplitHeldout6, SplitHeldout7, SplitHeldout8)
		}
		g := get(h.Dir, h.Page, path)
		addSource(g, SourceHand)
		if h.Split != "" {
			g.Split = h.Split
		}
		if h.Site != "" {
			g.Site = h.Site
		}
		if h.URL != "" {
			g.URL = h.URL
		}
		setTitle(g, SourceHand, h.Title, "")
		setAuthors(g, SourceHand, h.Authors)
		if err := setDate(g, SourceHand, h.Date); err != nil {
			return fmt.Errorf("evaluate: %s: %w", f, err)
		}
		g.In = append(g.In, h.In...)
		g.Out = append(g.Out, h.Out...)
		g.Notes = h.Notes
		body, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".body.txt")
		switch {
		case err == nil:
			setBody(g, SourceHand, string(body))
		case !errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("evaluate: %w", err)
		}
	}
	return nil
}

// Each setter takes a value from gold src. Hand gold replaces a peer's
// value; a peer's value never replaces hand gold's; an empty value changes
// nothing, except a hand gold's empty list of authors (see setAuthors).

func setTitle(g *Gold, src, title, note string) {
	title = strings.TrimSpace(title)
	if title == "" || (g.TitleSource == SourceHand && src != SourceHand) {
		return
	}
	g.Title, g.TitleSource, g.TitleNote = title, src, note
}

func setAuthors(g *Gold, src string, authors []string) {
	var clean []string
	for _, a := range authors {
		if a = strings.TrimSpace(a); a != "" {
			clean = append(clean, a)
		}
	}
	switch {
	case g.AuthorsSource == SourceHand && src != SourceHand:
		return
	case len(clean) == 0 && src == SourceHand && authors != nil:
		// The hand gold's "authors": [] says nobody is credited on the
		// page (a peer's byline there names an editor or an account): no
		// peer's authors are taken, and the page's authors are not scored.
		g.Authors, g.AuthorsSource = nil, src
		return
	case len(clean) == 0:
		return
	}
	g.Authors, g.AuthorsSource = clean, src
}

func setDate(g *Gold, src, date string) error {
	date = strings.TrimSpace(date)
	if date == "" || (g.DateSource == SourceHand && src != SourceHand) {
		return nil
	}
	if _, _, err := ParseGoldDate(date); err != nil {
		return err
	}
	g.Date, g.DateSource = date, src
	return nil
}

func setBody(g *Gold, src, body string) {
	body = strings.TrimSpace(body)
	if body == "" || (g.BodySource == SourceHand && src != SourceHand) {
		return
	}
	addSource(g, src)
	g.Body, g.BodySource = body, src
}

// BaseURL returns the page's URL when it is an absolute http or https
// URL, the base a page's relative links resolve against; else "" (a
// canonical link written without its scheme, www.aibase.com/zh/news/17410).
func (g *Gold) BaseURL() string {
	if p, err := url.Parse(g.URL); err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
		return g.URL
	}
	return ""
}

func setURL(g *Gold, u string) {
	if g.URL == "" {
		g.URL = strings.TrimSpace(u)
	}
}

func addSource(g *Gold, src string) {
	if !slices.Contains(g.Sources, src) {
		g.Sources = append(g.Sources, src)
	}
}

// sortSources puts hand gold first, then the peers in a fixed order.
func sortSources(s []string) {
	order := []string{SourceHand, SourceTrafilatura, SourceHtmldate, SourceReadability, SourceNewspaper}
	sort.Slice(s, func(i, j int) bool { return slices.Index(order, s[i]) < slices.Index(order, s[j]) })
}

// splitAuthors splits a trafilatura author field: names are separated by
// commas or semicolons (ASCII or full-width).
func splitAuthors(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '，' || r == '；'
	})
}

func dedupe(s []string) []string {
	var out []string
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// siteOf returns the host of u without "www.", looking through a Wayback
// Machine URL to the archived one.
func siteOf(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	if p.Host == "web.archive.org" {
		// /web/20120611024252/http://www.he.xinhuanet.com/…
		parts := strings.SplitN(strings.TrimPrefix(p.Path, "/web/"), "/", 2)
		if len(parts) == 2 {
			if s := siteOf(parts[1]); s != "" {
				return s
			}
		}
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// readManifest maps the page names of html/ in the corpus MANIFEST.tsv
// (beside the html folder) to their encoding column. A missing manifest
// gives an empty map.
func readManifest(htmlDir string) map[string]string {
	out := map[string]string{}
	if htmlDir == "" {
		return out
	}
	f, err := os.Open(filepath.Join(htmlDir, "..", "MANIFEST.tsv"))
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 6 {
			continue
		}
		if page, ok := strings.CutPrefix(cols[0], "html/"); ok {
			out[page] = cols[5]
		}
	}
	return out
}

// nodeText returns the text of an HTML tree, with a line break around each
// block element; script, style and template content is skipped.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var lines []string
	for l := range strings.SplitSeq(b.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Section, atom.Article, atom.Figure, atom.Figcaption, atom.Header, atom.Footer, atom.Hr:
		return true
	}
	return false
}
