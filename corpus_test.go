package newsdoc

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// corpusDir returns the shared corpus of real articles (../shared/corpus,
// or $NEWSDOC_CORPUS). Without it the corpus tests are skipped, unless
// NEWSDOC_CORPUS is set, as CI does: then a missing corpus fails.
func corpusDir(t testing.TB) string {
	dir := os.Getenv("NEWSDOC_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "shared", "corpus")
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("this test needs the shared corpus, not found at %s: put ../shared beside the checkout or set NEWSDOC_CORPUS", dir)
		}
	}
	_, err := os.Stat(dir)
	require.NoError(t, err, "NEWSDOC_CORPUS")
	return dir
}

func corpusPosts(t testing.TB) []string {
	dir := corpusDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "hexo-*", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no hexo posts in %s", dir)
	return files
}

var (
	markupRe = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:[\s/>]|$)`)
	entityRe = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);`)
	// promo text that must never reach a paragraph; every one is in the corpus.
	promoWords = []string{"新浪财经APP", "海量资讯", "精准解读", "扫二维码", "极速开户", "现金红包", "金麒麟",
		"查看知乎", "投资研报", "相关报道", "数据宝所有资讯", "想当作家"}
	// a paragraph that is only a credit line.
	creditLineRe = regexp.MustCompile(`^[（(【►]?\s*(?:原标题|责任编辑|来源\s*[：:|]|编辑\s*[：:|]|作者\s*[：:|]|记者\s*[：:|])`)
	sentenceStop = regexp.MustCompile(`[。！？；\n]`)
	spaceRe      = regexp.MustCompile(`\s+`)
)

// TestCorpus parses every Hexo post of the corpus and checks that nothing
// wrong gets in (markup, entities, promotions, credit lines, stray space)
// and nothing right is lost: every sentence of the source body is in a
// paragraph, in the credits, or in the removal report under a rule.
func TestCorpus(t *testing.T) {
	var posts, leaks, missing, sentences, dropped int
	for _, path := range corpusPosts(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			doc, err := Parse(bytes.NewReader(src), WithRemovals())
			require.NoError(t, err)
			posts++
			body := bodyOf(t, src)
			checkDocument(t, body, doc)
			checkConserved(t, body, doc)
			leaks += checkParagraphs(t, doc)
			n, d, miss := checkSentences(t, src, doc)
			sentences += n
			dropped += d
			missing += len(miss)
			for _, m := range miss {
				t.Errorf("sentence lost: %q", m)
			}
		})
	}
	t.Logf("corpus: %d posts parsed, %d leaks, %d of %d source sentences missing, %d dropped by a named rule",
		posts, leaks, missing, sentences, dropped)
}

// checkParagraphs returns how many leaks it found, reporting each.
func checkParagraphs(t *testing.T, doc *Document) int {
	t.Helper()
	leaks := 0
	leak := func(format string, args ...any) {
		t.Errorf(format, args...)
		leaks++
	}
	for i, p := range doc.Paragraphs {
		text := p.Text
		if !utf8.ValidString(text) {
			leak("paragraph %d: invalid UTF-8", i)
		}
		if p.Kind != KindTable && strings.TrimSpace(text) != text || strings.Trim(text, " \u3000\u00a0") != text {
			// A table's text may start or end with a tab or a line end, for
			// an empty cell or row.
			leak("paragraph %d has leading or trailing space: %q", i, text)
		}
		if text == "" && p.Kind != KindImage && p.Number == "" {
			leak("paragraph %d (%s) is empty", i, p.Kind)
		}
		if m := markupRe.FindString(text); m != "" {
			leak("paragraph %d holds markup %q: %q", i, m, text)
		}
		if m := entityRe.FindString(text); m != "" {
			leak("paragraph %d holds entity %q: %q", i, m, text)
		}
		for _, w := range promoWords {
			if strings.Contains(text, w) {
				leak("paragraph %d holds promotion %q: %q", i, w, text)
			}
		}
		if creditLineRe.MatchString(text) && len([]rune(text)) < 80 {
			leak("paragraph %d is a credit line: %q", i, text)
		}
		for _, m := range p.Marks {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				leak("paragraph %d: mark %+v does not match its text %q", i, m, text)
			}
		}
	}
	return leaks
}

// checkSentences splits the text of the source body, read by the full
// HTML parser rather than by Parse, into sentences, and looks for each in
// the document. It returns the number of sentences, the number found only
// in the removal report, and the ones found nowhere.
func checkSentences(t *testing.T, src []byte, doc *Document) (total, dropped int, missing []string) {
	t.Helper()
	cfg, err := newConfig(nil)
	require.NoError(t, err)
	fm, err := splitFrontMatter(src, cfg)
	require.NoError(t, err)
	root, err := html.Parse(bytes.NewReader(fm.body))
	require.NoError(t, err)

	kept := squash(documentText(doc))
	var removed strings.Builder
	for _, r := range doc.Removed {
		removed.WriteString(squash(r.Text))
		removed.WriteByte('\n')
	}
	for _, block := range sourceBlocks(root) {
		for _, s := range sentenceStop.Split(block, -1) {
			s = squash(Normalize(s))
			if utf8.RuneCountInString(s) < 4 {
				continue
			}
			total++
			switch found(s, kept, removed.String()) {
			case inRemoved:
				dropped++
			case nowhere:
				missing = append(missing, s)
			}
		}
	}
	return total, dropped, missing
}

type place int

const (
	inKept place = iota
	inRemoved
	nowhere
)

// found looks for sentence s in the kept text, then in the removed text.
// A sentence that no single place holds whole (an author's name lifted
// into the credits, the bio after it dropped by a rule) is found when
// each of its clauses is.
func found(s, kept, removed string) place {
	switch {
	case strings.Contains(kept, s):
		return inKept
	case strings.Contains(removed, s):
		return inRemoved
	}
	where := inKept
	for _, clause := range strings.Split(s, "，") {
		if clause == "" {
			continue
		}
		switch {
		case strings.Contains(kept, clause):
		case strings.Contains(removed, clause):
			where = inRemoved
		default:
			return nowhere
		}
	}
	return where
}

// documentText is every piece of text a Document holds.
func documentText(doc *Document) string {
	var b strings.Builder
	add := func(s ...string) {
		for _, v := range s {
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	for _, p := range doc.Paragraphs {
		add(p.Number+p.Text, p.Caption)
		if p.Image != nil {
			add(p.Image.Alt, p.Image.Caption)
		}
		for _, row := range p.Rows {
			for _, c := range row {
				add(c.Text)
			}
		}
	}
	return b.String()
}

func squash(s string) string { return spaceRe.ReplaceAllString(s, "") }

// sourceBlocks returns the text of each block of the parsed body: the
// text nodes under each nearest block element, outside script, style and
// noscript.
func sourceBlocks(root *html.Node) []string {
	var blocks []string
	var cur strings.Builder
	end := func() {
		if cur.Len() > 0 {
			blocks = append(blocks, cur.String())
			cur.Reset()
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Title, atom.Head:
				return
			case atom.Br:
				cur.WriteByte('\n')
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			end()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			end()
		}
	}
	walk(root)
	end()
	return blocks
}

func TestCorpusAllHexoPostsHaveBodies(t *testing.T) {
	for _, path := range corpusPosts(t) {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := Parse(bytes.NewReader(src))
		require.NoError(t, err, path)
		assert.NotEmpty(t, doc.Paragraphs, "%s: no paragraphs", filepath.Base(path))
		assert.NotEmpty(t, doc.Meta.Title, "%s: no title", filepath.Base(path))
		assert.False(t, doc.Meta.Date.IsZero(), "%s: no date", filepath.Base(path))
	}
}
