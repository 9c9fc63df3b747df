package newsdoc

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveEach is what literals.each must do, written the slow way: at every
// place where a rune starts (as utf8.DecodeRuneInString steps), every text
// that starts there, exact or (after foldMark) in any ASCII case.
// It also returns where the first of them starts, or -1.
func naiveEach(texts []string, s string) ([]string, int) {
	var got []string
	first := -1
	for i := 0; i < len(s); {
		for _, t := range texts {
			if f, ok := strings.CutPrefix(t, foldMark); ok {
				if len(s)-i >= len(f) && strings.EqualFold(s[i:i+len(f)], f) {
					got = append(got, t)
				}
				continue
			}
			if strings.HasPrefix(s[i:], t) {
				got = append(got, t)
			}
		}
		if first < 0 && len(got) > 0 {
			first = i
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return got, first
}

var literalTexts = []string{"责任编辑", "编辑", "来源", "記者", "扫码", "二维码", "A", "é", "😀x", foldMark + "qr code", foldMark + "app",
	"END", "+1", "ICP备", "a来", foldMark + "x",
	"来\u0800", "来\ud7ff", "来\uffe5"} // second runes with E0, ED and EF lead bytes

// TestLiterals checks the byte-filtered scan against the naive one on
// mixed text: Han, ASCII in any case, two- and four-byte runes, and bytes
// that are not UTF-8 (a lead byte cut short, a lone continuation byte,
// overlong and surrogate forms).
func TestLiterals(t *testing.T) {
	l := newLiterals(literalTexts)
	for _, s := range []string{
		"",
		"责任编辑：张三 来源：新华社",
		"扫描二维码下载APP，QR Code 在此",
		"The END, End, +1 +2 ICP备 Icp备 a来 A来 ax X x", // ASCII first bytes: the byte after them decides
		"END", "EN", "+", "a", "x",
		"é😀x记者A",
		"\xe8\xb4记者\x80编辑\xe4",
		"编\xe8辑 Ap\xffp aPP",
		"\xe0\x80\x80记者\xed\xa0\x80来源\xe8\xae",                           // overlong, surrogate, cut short
		"\xe0\x81\x81A\xc1\x81" + string([]byte{0xe7, 0xbc, 0x96}) + "辑", // overlong 'A'

		strings.Repeat("无关的文字", 50) + "来源",
		"来\u0800来\ud7ff来\uffe5来\xe0\x80\x80来\xed\xa0\x80来\xe8\x80来\xe8",
	} {
		var got []string
		l.each(s, func(t string) { got = append(got, t) })
		want, first := naiveEach(literalTexts, s)
		// each lists the texts of one place longest first: compare as sets.
		assert.ElementsMatch(t, want, got, "%q", s)
		start, _ := l.index(s, 0)
		assert.Equal(t, first, start, "%q", s)
	}
}

// FuzzLiterals compares the byte-filtered scan with the naive one.
func FuzzLiterals(f *testing.F) {
	f.Add("责任编辑：张三 来源：新华社 QR code")
	f.Add("\xe8\xb4记者\x80编辑\xe4 é😀x")
	l := newLiterals(literalTexts)
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		l.each(s, func(t string) { got = append(got, t) })
		want, first := naiveEach(literalTexts, s)
		if !assert.ElementsMatch(t, want, got, "%q", s) {
			return
		}
		if start, _ := l.index(s, 0); start != first {
			t.Fatalf("index(%q) = %d, want %d", s, start, first)
		}
	})
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		b, word string
		want    bool
	}{
		{`<p>x</p><PRE class="x">`, "<pre", true},
		{`<p>x</p><Pre>`, "<pre", true},
		{`<p>x</p><pr`, "<pre", false},
		{`<p>x</p>`, "<pre", false},
		{`a<b<c</PRE`, "</pre", true},
		{``, "<pre", false},
		{`<`, "<pre", false},
		{`class="Author-name"`, "author", true},
		{`class="auth"`, "author", false},
	} {
		assert.Equal(t, c.want, containsFold([]byte(c.b), c.word), "%q in %q", c.word, c.b)
	}
}

// TestRequiredLiterals: the texts a pattern needs are the longest its
// sequences pin down, a few at most from a run of alternatives, and every
// text the pattern matches holds one of them.
func TestRequiredLiterals(t *testing.T) {
	for _, c := range []struct {
		re   string
		want []string
	}{
		{`(?:相关|相關)阅读`, []string{"相关阅读", "相關阅读"}},
		// What must stand right at an anchored start is no filter: the
		// pattern fails there at once without it.
		{`^(?:相关|相關)阅读$`, []string{"关阅读", "關阅读"}},
		{`^第\s?([一二三\d]{1,6})\s?[章節]`, []string{"章", "節"}},
		{`^第`, []string{"第"}}, // nothing else: kept
		{`推(?:荐|薦)`, []string{"推荐", "推薦"}},
		{`免[责責][声聲]明`, []string{"免责声明", "免责聲明", "免責声明", "免責聲明"}},
		{`[（(](?:完|全文完|待续|待續|摘编)[）)]`, []string{"(", "（"}}, // a run of ten texts is too many; of the parts, the first of the shortest
		{`abc?d`, []string{"abcd", "abd"}},
		{`x.*y`, []string{"x"}},
		{`.*`, nil},
		// (?i)s matches ſ and (?i)k the Kelvin sign, which the look does
		// not fold: the longest run of letters without them.
		{`^(?i:plurk)$`, []string{foldMark + "plur"}},
		{`(?i:facebook)`, []string{foldMark + "faceboo"}},
		{`(?i:kiss)`, []string{foldMark + "i"}},
		{`(?i:sks)`, nil},
		{`(?i:QR)`, []string{foldMark + "qr"}},
	} {
		got := requiredLiterals(regexp.MustCompile(c.re))
		assert.ElementsMatch(t, c.want, got, c.re)
		re := regexp.MustCompile(c.re)
		for _, s := range []string{"相关阅读", "相關阅读", "第三章", "第 1 節", "热门推荐", "免責聲明：", "（全文完）", "(待续)", "abd", "xay",
			"plurk", "PLUR\u212a", "faceboo\u212a", "Facebook", "\u212aiſſ", "ſ\u212aſ", "qR"} {
			if re.MatchString(s) && got != nil {
				assert.True(t, newLiterals(got).in(s), "%s matches %q, which holds none of %q", c.re, s, got)
			}
		}
	}
}

// TestHeadRegexp: a pattern run on the head of a text finds what it finds
// on the whole text, for every numbering style and the other patterns
// run so (a dateline's opening bracket among them), on every line of the section cases and on lines cut around
// each pattern's bound (where $ and \b read what follows the match).
func TestHeadRegexp(t *testing.T) {
	heads := append([]headRegexp(nil), numberingHeads...)
	for _, re := range []*regexp.Regexp{wechatTailRe, regexp.MustCompile(`^ab$|^abc\b`), regexp.MustCompile(`^第\d{1,2}条$`)} {
		heads = append(heads, headOf(re))
	}
	// The opening bracket of a dateline, run on the first paragraphs.
	assert.Positive(t, openingBracket.n, "openingBracket is bounded")
	heads = append(heads, openingBracket)
	bounded := 0
	for _, h := range heads {
		if h.n > 0 {
			bounded++
		}
	}
	assert.Greater(t, bounded, 20, "most numbering patterns are bounded")
	assert.Zero(t, headOf(regexp.MustCompile(`^a+`)).n, "an unbounded repeat")
	assert.Zero(t, headOf(regexp.MustCompile(`a|^b`)).n, "an alternative not anchored")
	assert.Zero(t, headOf(regexp.MustCompile(`(?m)^ab`)).n, "anchored at a line, not the text")
	for _, s := range []string{"bus", "BUS", "bu\u017f", "\u212aiss"} { // ſ (U+017F) folds to s, the Kelvin sign to k
		for _, re := range []*regexp.Regexp{regexp.MustCompile(`^(?i:bus)$`), regexp.MustCompile(`^(?i:kiss)$`)} {
			assert.Equal(t, re.MatchString(s), headOf(re).MatchString(s), "%s on %q", re, s)
		}
	}
	if need := headOf(regexp.MustCompile(`^[一二三]{1,4}、`)).need; assert.NotNil(t, need) {
		assert.Equal(t, []string{"、"}, need.texts(), "what every match holds")
	}

	var lines []string
	for _, src := range testdataInputs(t, filepath.Join("testdata", "sections*", "*", "input.*")) {
		lines = append(lines, strings.Split(src, "\n")...)
	}
	for _, s := range []string{"第1条", "第12条", "第123条", "abc", "abcd", "abc d", "ab", "预览时标签不可点", "预览时标签不可点。", "附件1", "附件12】", "附件123x",
		"1.1", "1.1.", "1.1招标", "01", "01 ", "01｜标题", "Part 1", "PART 12", "阶段 A · 完成", "第一阶段", "风险 1：权限", "A1. T4", "①", "壹、主旨", "一、总则", "Ⅱ、"} {
		for _, tail := range []string{"", " ", "x", "条", "：正文", "1", "\u00a0", "\xff"} {
			lines = append(lines, s+tail)
		}
	}
	// Patterns anchored nowhere, run only on texts that hold what they need.
	for _, h := range []headRegexp{idNote, screenshot} {
		assert.NotNil(t, h.need, h.re)
		heads = append(heads, h)
	}
	dateline := "新华社北京3月22日电（记者孙少龙）民政部22日发布消息"
	for _, n := range []int{0, 10, 25, 29, 30, 31, 38, 39, 40, 41, 60} {
		lines = append(lines, strings.Repeat("长", n)+dateline, "新京报快讯（"+strings.Repeat("记", n)+"）"+strings.Repeat("文", 200),
			"〔記者巫其倫／台北報導〕"+strings.Repeat("文", n), "【文匯網訊】(香港文匯報記者 顏晉傑 文森)")
	}
	lines = append(lines, "来源：新华社（ID：xinhua）", "来源：观察者网(www.guancha.cn)", "（记者 @张三）", "来源：网络截图", "配图", "供圖 ", "(id)",
		"来源：北京日报", "（ID）（@）x", "来源：人民网（图）")
	for _, h := range heads {
		for _, s := range lines {
			whole, cut := h.re.FindStringSubmatchIndex(s), h.re.FindStringSubmatchIndex(h.head(s))
			if !slices.Equal(whole, cut) || !slices.Equal(h.re.FindStringIndex(s), h.FindStringIndex(s)) || h.re.MatchString(s) != h.MatchString(s) ||
				!slices.Equal(h.re.FindStringSubmatch(s), h.FindStringSubmatch(s)) ||
				h.re.ReplaceAllString(s, "<$0>") != h.ReplaceAllString(s, "<$0>") {
				t.Errorf("%s on %q: whole text %v, head %v", h.re, s, whole, cut)
			}
		}
	}
}

// TestRuleSetScan: finding a rule's literal sets in one pass decides as
// looking for each set apart does, for every paragraph rule of the
// default policy on every line of the section cases and on lines made to
// hold the rules' own texts.
func TestRuleSetScan(t *testing.T) {
	pol := DefaultPolicy()
	var lines []string
	for _, src := range testdataInputs(t, filepath.Join("testdata", "sections*", "*", "input.*")) {
		lines = append(lines, strings.Split(src, "\n")...)
	}
	lines = append(lines, "扫描下方二维码关注我们", "点击下方蓝字关注", "关注我们的Facebook专页", "下载APP", "免责声明：本文仅供参考", "声明：不构成投资建议",
		"本文不代表本站观点", "未经许可不得转载", "珍惜生命，心理援助热线：400-161-9995", "Copyright © 2024 版权所有", "ICP备12345678号",
		"相关阅读", "返回顶部", "分享到：", "FACEBOOK", "（完）", "-THE END-", "第2页", "打开APP阅读全文", "炒股就看金麒麟分析师研报")
	scanned := 0
	for _, n := range pol.ix.texts {
		r := pol.rule(n)
		if r.setScan == nil {
			continue
		}
		scanned++
		apart := *r
		apart.setScan = nil
		for _, s := range lines {
			if r.matchFiltered(s) != apart.matchFiltered(s) {
				t.Errorf("%s on %q: one pass %v, apart %v", r.Name, s, r.matchFiltered(s), apart.matchFiltered(s))
			}
		}
	}
	assert.Greater(t, scanned, 5, "most paragraph rules have literal sets")
}

// testdataInputs returns the contents of the files that pattern matches,
// of which there must be some.
func testdataInputs(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, files, pattern)
	out := make([]string, len(files))
	for i, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		out[i] = string(src)
	}
	return out
}

// TestHanThenDigit: the look at the bytes that hanThenDigit takes first
// lets through every text its rune loop would take, on every line of the
// section cases and on runs of Han characters (four-byte ones too),
// spaces, other runes and digits.
func TestHanThenDigit(t *testing.T) {
	var texts []string
	for _, src := range testdataInputs(t, filepath.Join("testdata", "sections*", "*", "input.*")) {
		texts = append(texts, strings.Split(src, "\n")...)
	}
	parts := []string{"风", "险", "𠀀", " ", "  ", "1", "12", "：", "a", "、", "\u3000"}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		texts = append(texts, prefix)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, depth-1)
		}
	}
	build("", 5)
	// Around the seventeen bytes past ASCII read eight at a time.
	for _, head := range []string{"风险", "风险风险", "风险风险风", "风险风险风险", "𠀀𠀀𠀀𠀀", "𠀀𠀀𠀀𠀀𠀀", "风 险 风 险 风 险", "é风险风险风"} {
		for _, tail := range []string{"", "1", " 1", "a1", "风1", "　1"} {
			texts = append(texts, head+tail)
		}
	}
	taken := 0
	for _, s := range texts {
		if got, want := hanThenDigit(s), hanRunThenDigit(s); got != want {
			t.Errorf("hanThenDigit(%q) = %v, the rune loop says %v", s, got, want)
		} else if got {
			taken++
		}
	}
	assert.Greater(t, taken, 1000, "texts that open with a labelled number")
}

// TestFurnitureFilters: the looks taken before the furniture patterns
// (a word furnitureWord needs, the first rune of furnitureAlt, read by
// firstRunes, case folding and all) decide as the patterns do, on every
// attribute value of the test pages and on values made to match.
func TestFurnitureFilters(t *testing.T) {
	values := []string{"logo", "LOGO", "Logo", "loading...", "Loading", "favorite", "FAVOURITE", "放大圖片", "分享到微信", "返回光明网首页",
		"返回頂部", "收藏", "icon-share", "favicon", "btn_next", "site-logo2", "biglogo", "share", "zoom-in", "enlarge", "arrow", "ſ", "",
		"图为北京", "loadingx", " logo", "x logo"}
	attr := regexp.MustCompile(`(?i)\b(?:alt|title|class|id|name)\s*=\s*["']([^"']*)["']`)
	for _, glob := range []string{filepath.Join("testdata", "pages", "*", "*.html"), filepath.Join("testdata", "*", "*", "input.*")} {
		for _, src := range testdataInputs(t, glob) {
			for _, m := range attr.FindAllStringSubmatch(src, -1) {
				values = append(values, m[1])
			}
		}
	}
	require.Greater(t, len(values), 1000)
	alts, words := 0, 0
	for _, v := range values {
		b := []byte(v)
		if got, want := isFurnitureAlt(b), furnitureAlt.Match(b); got != want {
			t.Errorf("isFurnitureAlt(%q) = %v, the pattern says %v", v, got, want)
		} else if got {
			alts++
		}
		lower := lowerASCII(b)
		if got, want := hasFurnitureWord(string(lower)), furnitureWord.Match(lower); got != want {
			t.Errorf("hasFurnitureWord(%q) = %v, the pattern says %v", lower, got, want)
		} else if got {
			words++
		}
	}
	assert.Greater(t, alts, 5)
	assert.Greater(t, words, 5)
	first := firstRunes(regexp.MustCompile(`^(?i:logo)|^(?i:kelvin)`))
	for _, r := range "lLkK\u212a" { // the Kelvin sign folds to k
		assert.True(t, inRanges(r, first), "%q: a letter in every case", r)
	}
	assert.False(t, inRanges('m', first))
}

// TestWriterPlaces checks the places a textWriter notes for a paragraph
// rule scan (textWriter.hits, read by literals.eachAt) against the scan
// of the text it wrote: text written in random pieces, with white space
// and breaks between them, full-width letters that fold to ASCII, runes
// of two and four bytes, bytes that are not UTF-8, and the texts of the
// default policy's paragraph rules cut anywhere, and long pieces with no
// white space, must give the same texts either way.
func TestWriterPlaces(t *testing.T) {
	sets := [][]string{literalTexts, DefaultPolicy().ix.textScan.texts(), {" 广告", "\n来源", "Ａ", "a b"}}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, texts := range sets {
		l := newLiterals(texts)
		var pieces []string
		for _, t := range texts {
			t = strings.TrimPrefix(t, foldMark)
			pieces = append(pieces, t, strings.ToUpper(t))
			if n := len(t) / 2; n > 0 {
				pieces = append(pieces, t[:n], t[n:]) // cut anywhere, even inside a rune
			}
		}
		pieces = append(pieces, "正文", "的", " ", "  ", "\n", "\t", "\u3000", "\u00a0", "\x01", "，", "。", "（", "）",
			"Ａｐｐ", "ＡＰＰ", "１２", "é", "e\u0301", "😀", "\xe8\xb4", "\xff", "abc", "END", "-", "©", "<", ">")
		w := textWriter{lits: l}
		for range 20000 {
			w.reset()
			for n := rng.IntN(10); n > 0; n-- {
				switch rng.IntN(12) {
				case 0:
					w.breakLine()
				case 1:
					w.breakSpace()
				case 2:
					// A long piece: runs of thousands of bytes.
					var b strings.Builder
					for b.Len() < 3000 {
						if piece := pieces[rng.IntN(len(pieces))]; strings.IndexFunc(piece, unicode.IsSpace) < 0 {
							b.WriteString(piece) // no white space: one run as long as can be
						}
					}
					w.write([]byte(b.String()))
				default:
					w.write([]byte(pieces[rng.IntN(len(pieces))]))
				}
			}
			out := w.finish(nil)
			if len(out) != len(w.buf) || len(out) > 0 && &out[0] != &w.buf[0] {
				continue // normalized anew: the parser scans the text itself
			}
			s := string(out)
			var want, got []string
			l.each(s, func(t string) { want = append(want, t) })
			l.eachAt(s, w.hits, func(t string) { got = append(got, t) })
			require.ElementsMatch(t, want, got, "%q", s)
		}
	}
}

// TestAnchoredPatternsStartAnchored: a pattern of the package whose every
// alternative opens with ^ is written so that its start is anchored as a
// whole (^(?:A|B), not ^A|^B). Go's matcher tries only the text's start
// for the one; for the other it tries every byte, and a failed match on a
// short head cost three to five times as much.
func TestAnchoredPatternsStartAnchored(t *testing.T) {
	var res []*regexp.Regexp
	for _, n := range numberings {
		res = append(res, n.re)
	}
	for _, p := range []*Policy{DefaultPolicy(), PagePolicy()} {
		for _, r := range p.rules {
			switch {
			case r.branches != nil:
				res = append(res, r.branches...) // what matchFiltered runs
			case r.re != nil:
				res = append(res, r.re)
			}
		}
	}
	require.Greater(t, len(res), 50)
	checked := 0
	for _, re := range res {
		tree, err := syntax.Parse(re.String(), syntax.Perl)
		require.NoError(t, err)
		tree = tree.Simplify()
		if !anchored(tree, false) {
			continue
		}
		checked++
		prog, err := syntax.Compile(tree)
		require.NoError(t, err)
		assert.NotZero(t, prog.StartCond()&syntax.EmptyBeginText, "%s: write it ^(?:…|…)", re)
	}
	require.Greater(t, checked, 20)
}
