package newsdoc

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// normalizeCase is one rule of [Normalize], shown on one input.
type normalizeCase struct {
	name string
	in   string
	want string
}

// fullWidthPunct is the full-width and CJK punctuation that Normalize must
// keep byte for byte; width.Fold or NFKC would turn most of it into ASCII.
var fullWidthPunct = []string{"，", "。", "：", "；", "！", "？", "（", "）", "、", "“", "”", "％", "－", "～", "《", "》", "【", "】", "「", "」", "…", "—"}

var normalizeCases = []normalizeCase{
	// Leading and trailing white space, the U+3000 indent included.
	{"ideographic space indent", "\u3000\u3000原标题", "原标题"},
	{"ascii space indent", "  原标题", "原标题"},
	{"mixed indent and trailing space", "\u3000 \t原标题：X\u3000\u3000 \n", "原标题：X"},
	{"only white space", "\u3000 \n\t\u00a0", ""},
	{"empty", "", ""},
	// Kangxi radicals, as text copied from a PDF has them, read as the
	// ideographs they stand for; CJK Radicals Supplement (⺠) has no
	// NFKC mapping and stays.
	{"kangxi radicals", "第⼆百⼀⼗条 ⾏政⺠事", "第二百一十条 行政⺠事"},

	// Full-width letters and digits fold to ASCII, and nothing else does.
	{"full-width digits and letters", "２０２２年ＡＢＣ", "2022年ABC"},
	{"full-width lower case", "ｉＰｈｏｎｅ１３", "iPhone13"},
	{"full-width punctuation kept", "，。：；！？（）、“”％－～", "，。：；！？（）、“”％－～"},
	{"full-width symbols kept", "＃＆＊＋／＜＝＞＠［］＾＿｀｛｜｝＄", "＃＆＊＋／＜＝＞＠［］＾＿｀｛｜｝＄"},
	{"punctuation in a sentence", "数据显示，ＧＤＰ增长８．１％。原因：一；二！三？（注）甲、乙“丙”",
		"数据显示，GDP增长8．1％。原因：一；二！三？（注）甲、乙“丙”"},
	{"half-width katakana untouched", "ｶﾀｶﾅ", "ｶﾀｶﾅ"},
	{"compatibility characters untouched (NFC, not NFKC)", "①ﬁ㎡™", "①ﬁ㎡™"},

	// White space runs become one space.
	{"nbsp to space", "a\u00a0b", "a b"},
	{"nbsp run", "100\u00a0\u00a0元", "100 元"},
	{"spaces tabs newlines collapse", "a \t\n  b", "a b"},
	{"crlf between latin words", "a\r\nb", "a b"},
	{"form feed is space", "a\fb", "a b"},
	{"ideographic space inside text", "北京市市长\u3000陈吉宁", "北京市市长 陈吉宁"},

	// Line ends between wide characters disappear; spaces stay.
	{"line end between chinese", "中\n文", "中文"},
	{"crlf between chinese", "中\r\n文", "中文"},
	{"line end with spaces between chinese", "中 \n\u3000 文", "中文"},
	{"line end after full-width punctuation", "中。\n文", "中。文"},
	{"line separator between chinese", "中\u2028文", "中文"},
	{"ascii space between chinese stays", "北京市市长 陈吉宁", "北京市市长 陈吉宁"},
	{"line end between latin words", "hello\nworld", "hello world"},
	{"line end between chinese and latin", "中\nA", "中 A"},
	{"line end between latin and chinese", "GDP\n增长", "GDP 增长"},
	{"space next to full-width punctuation dropped", "相比， 00后 （注）", "相比，00后（注）"},

	// Format (Cf) and control characters are dropped.
	{"zero-width space", "零\u200b宽", "零宽"},
	{"zero-width non-joiner and joiner", "a\u200cb\u200dc", "abc"},
	{"word joiner", "a\u2060b", "ab"},
	{"byte order mark", "\ufeff正文", "正文"},
	{"soft hyphen", "co\u00adop", "coop"},
	{"bidi marks", "\u200e左\u200f右\u202a嵌\u202c入\u2066隔\u2069离", "左右嵌入隔离"},
	{"c0 controls", "a\x01b\x08c\x1bd\x1fe\x7ff", "abcdef"},
	{"c1 controls", "a\u0080b\u009fc", "abc"},
	{"zero-width does not eat a space", "a\u200b b", "a b"},

	// Invalid UTF-8 becomes U+FFFD.
	{"invalid byte", "a\xffb", "a\ufffdb"},
	{"lone continuation byte", "中\x80文", "中\ufffd文"},

	// The result is in NFC.
	{"nfc composes e acute", "e\u0301", "é"},
	{"nfc in a word", "Cafe\u0301", "Café"},
	{"nfc hangul jamo", "\u1100\u1161", "가"},
	{"nfc after folding", "Ｅ\u0301", "É"},
	{"nfc across a dropped format character", "e\u200b\u0301", "é"},

	// Entities are not decoded: the HTML tokenizer already decoded them,
	// so "&amp;" in Normalize's input is the text "&amp;" the article wrote.
	{"entity amp not decoded", "&amp;", "&amp;"},
	{"entity nbsp not decoded", "A&nbsp;B", "A&nbsp;B"},
	{"numeric entity not decoded", "&#x4e2d;&#20013;", "&#x4e2d;&#20013;"},
}

func TestNormalize(t *testing.T) {
	for _, c := range normalizeCases {
		t.Run(c.name, func(t *testing.T) {
			got := Normalize(c.in)
			assert.Equal(t, c.want, got, "Normalize(%q) = %q, want %q", c.in, got, c.want)
		})
	}
}

// TestNormalizeKeepsPunctuation proves each full-width punctuation mark on
// its own, between Chinese characters and between ASCII digits.
// TestNormalizeUnchanged: a text the writer gives back as it was (a
// space between words, which the first look at the text stops at) is
// returned itself, not a copy: one allocation, the writer's buffer.
func TestNormalizeUnchanged(t *testing.T) {
	for _, s := range []string{"财联社 - 深度", "IC基板成香饽饽 A股相关产业链公司大有可为", "Dow Jones Futures"} {
		require.Equal(t, s, Normalize(s))
		assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = Normalize(s) }), 1.0, s)
	}
	assert.Equal(t, "相比，00后", Normalize("相比， 00后")) // changed: a copy
}

func TestNormalizeKeepsPunctuation(t *testing.T) {
	for _, p := range fullWidthPunct {
		t.Run(p, func(t *testing.T) {
			for _, in := range []string{"甲" + p + "乙", "1" + p + "2", p} {
				got := Normalize(in)
				assert.Equal(t, in, got, "Normalize(%q) = %q: %q must survive as %U", in, got, p, []rune(p)[0])
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, c := range normalizeCases {
		t.Run(c.name, func(t *testing.T) {
			once := Normalize(c.in)
			assert.Equal(t, once, Normalize(once), "Normalize(%q)", c.in)
		})
	}
}

// TestNormalizeIdempotentSeed checks idempotence on real paragraphs, and
// that a paragraph Parse wrote (with no <br>, tab or table) is already
// normalized: Normalize returns text as Parse writes it.
func TestNormalizeIdempotentSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "seed-beijing-report", "input.md"))
	require.NoError(t, err)
	doc, err := Parse(strings.NewReader(string(src)))
	require.NoError(t, err)
	require.NotEmpty(t, doc.Paragraphs)
	for i, p := range doc.Paragraphs {
		once := Normalize(p.Text)
		assert.Equal(t, once, Normalize(once), "paragraph %d: %q", i, p.Text)
		if p.Kind != KindTable && !strings.ContainsAny(p.Text, "\n\t") {
			assert.Equal(t, p.Text, once, "paragraph %d is not normalized", i)
		}
	}
}

// TestNormalizeInParse checks the parts of normalization that depend on
// markup: text split by elements joins with no space, <br> is "\n".
func TestNormalizeInParse(t *testing.T) {
	cases := []struct {
		name string
		body string
		want []string
	}{
		{"span splits a word", `<p>创<span>新文化</span></p>`, []string{"创新文化"}},
		{"line end before bold between chinese", "<p>中\n<b>文</b></p>", []string{"中文"}},
		{"line end inside bold between chinese", "<p><b>中\n</b>文</p>", []string{"中文"}},
		{"space across elements collapses", `<p>a <span> b</span></p>`, []string{"a b"}},
		{"space between chinese across elements stays", `<p>北京市市长 <font>陈吉宁</font></p>`, []string{"北京市市长 陈吉宁"}},
		{"br is a line end", `<p>a<br>b</p>`, []string{"a\nb"}},
		{"br with spaces around", `<p>a <br/> b</p>`, []string{"a\nb"}},
		{"two br split the paragraph", `<p>a<br><br>b</p>`, []string{"a", "b"}},
		{"leading br ignored", `<p><br>a</p>`, []string{"a"}},
		{"indent and nbsp entities", `<p>&nbsp;&#12288;&#12288;正文&nbsp;</p>`, []string{"正文"}},
		{"entity decoded once", `<p>A&amp;amp;B</p>`, []string{"A&amp;B"}},
		{"full-width folded in markup", `<p>２０２２<b>年</b>，ＧＤＰ</p>`, []string{"2022年，GDP"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader("<div>" + c.body + "</div>"))
			require.NoError(t, err)
			assert.Equal(t, c.want, paraTextsOf(doc), "body %q", c.body)
		})
	}
}

func paraTextsOf(doc *Document) []string {
	out := []string{}
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// FuzzNormalize checks invariants that hold for every input.
func FuzzNormalize(f *testing.F) {
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	for _, p := range fullWidthPunct {
		f.Add("甲" + p + "乙")
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Normalize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", in, out)
		}
		if again := Normalize(out); again != out {
			t.Fatalf("not idempotent: Normalize(%q) = %q, Normalize of that = %q", in, out, again)
		}
		if strings.TrimFunc(out, unicode.IsSpace) != out {
			t.Fatalf("Normalize(%q) = %q: leading or trailing white space", in, out)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("Normalize(%q) = %q: not NFC", in, out)
		}
		if strings.Contains(out, "  ") {
			t.Fatalf("Normalize(%q) = %q: a run of spaces", in, out)
		}
		for _, r := range out {
			switch {
			case r != ' ' && unicode.IsSpace(r):
				t.Fatalf("Normalize(%q) = %q: white space %U left", in, out, r)
			case unicode.Is(unicode.Cf, r), unicode.IsControl(r):
				t.Fatalf("Normalize(%q) = %q: format or control character %U left", in, out, r)
			case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
				t.Fatalf("Normalize(%q) = %q: full-width letter or digit %U left", in, out, r)
			}
		}
		if utf8.ValidString(in) && !strings.ContainsRune(in, utf8.RuneError) && strings.ContainsRune(out, utf8.RuneError) {
			t.Fatalf("Normalize(%q) = %q: U+FFFD from valid input", in, out)
		}
		// Punctuation is never folded, dropped or invented.
		for _, p := range fullWidthPunct {
			if strings.Count(in, p) != strings.Count(out, p) {
				t.Fatalf("Normalize(%q) = %q: %q count changed", in, out, p)
			}
		}
		// Every digit survives, full-width ones folded: no canonical
		// composition starts with a digit.
		if got, want := normCountDigits(out, false), normCountDigits(in, false)+normCountDigits(in, true); got != want {
			t.Fatalf("Normalize(%q) = %q: %d ASCII digits, want %d", in, out, got, want)
		}
	})
}

// normCountDigits counts the ASCII digits in s, or the full-width ones.
func normCountDigits(s string, fullWidth bool) int {
	lo, hi := '0', '9'
	if fullWidth {
		lo, hi = '０', '９'
	}
	n := 0
	for _, r := range s {
		if r >= lo && r <= hi {
			n++
		}
	}
	return n
}

// TestIsSpaceRune checks the quick white-space test against
// unicode.IsSpace over every rune, and one each side.
func TestIsSpaceRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpaceRune(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpaceRune(%U) = %v", r, isSpaceRune(r))
		}
	}
}

// TestIndexAnyRune: the search by rune gives what strings.IndexAny and
// strings.ContainsAny give, on text with runes of every width, ASCII and
// sets of both, invalid UTF-8 and empty strings.
func TestIndexAnyRune(t *testing.T) {
	sets := []string{"，。", "：:︰|｜丨︱/／╱—\\＼@", "０１２３４５６７８９", "〇零○一二三四五六七八九", "年/.", "a", "é", "𝄞，", "（(【〔［["}
	texts := []string{"", "a", "記者陳木隆∕宜蘭報導", "2021年3月22日", "二〇二一年", "（记者 张三）", "x\xffy，z", "\xe4，", "abc:def",
		"𝄞𝄞x", "é", "plain ascii text with no match", "——", "〔完〕", strings.Repeat("正文", 200) + "。"}
	for _, set := range sets {
		for _, s := range texts {
			assert.Equal(t, strings.IndexAny(s, set), indexAnyRune(s, set), "IndexAny(%q, %q)", s, set)
			assert.Equal(t, strings.ContainsAny(s, set), containsAnyRune(s, set), "ContainsAny(%q, %q)", s, set)
		}
	}
}

// TestIsHan: the fast path agrees with the Han table on every rune of the
// Basic Multilingual Plane and a sample of the planes past it.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= 0x3FFFF; r++ {
		if r > 0xFFFF && r%97 != 0 {
			continue
		}
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

// TestCountChars: counting a text's characters by their lead bytes gives
// what a loop over its runes gives, on every paragraph of the test pages,
// on every white space rune and sentence mark, and on broken UTF-8.
func TestCountChars(t *testing.T) {
	loop := func(s string) (chars, punct int) {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				chars++
			}
			switch r {
			case '，', '。', '！', '？', '；', ',', '!', '?', ';':
				punct++
			}
		}
		return chars, punct
	}
	texts := []string{"", "a b", "中文，句子。", "\u3000\u00a0\u2028\u1680\u0085x", "\xe4\xb8", "\xe4\xb8x", "\xe4x\xad", "中\xff文", "１２３，！？；,!?;"}
	for r := rune(0); r < 0x10000; r += 7 {
		texts = append(texts, "中"+string(r)+"文")
	}
	for r := rune(0); r < 0x10000; r++ {
		if unicode.IsSpace(r) {
			texts = append(texts, "中"+string(r)+"文") // every white space rune
		}
	}
	for _, src := range testdataInputs(t, filepath.Join("testdata", "pages", "*", "*.html")) {
		doc, err := Parse(strings.NewReader(src))
		require.NoError(t, err)
		for _, p := range doc.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	require.Greater(t, len(texts), 10000)
	for _, s := range texts {
		c, p := countChars(s)
		wc, wp := loop(s)
		if c != wc || p != wp {
			t.Errorf("%q: %d chars, %d marks; the rune loop counts %d, %d", s, c, p, wc, wp)
		}
	}
}

// TestVisibleRun checks that visibleRun passes exactly the runes that
// writeRune writes as they are and that need no space decision between
// them, and that it reads a run of them as a decoder reading rune by rune
// would: over every rune of the BMP, then over random bytes mixing those
// runes with ASCII, controls, stray and truncated bytes.
func TestVisibleRun(t *testing.T) {
	passed := func(r rune) bool {
		switch {
		case r > ' ' && r < 0x7f:
			return true
		case r >= 0x4e00 && r <= 0x9fff, r >= 0x3001 && r <= 0x3029, r >= 0x2010 && r <= 0x2027:
			return true
		case r >= 0xff01 && r <= 0xff5e:
			// Full-width punctuation, not the digits and letters
			// that fold to ASCII.
			return !unicode.IsDigit(r) && !unicode.IsLetter(r)
		}
		return false
	}
	for r := rune(0); r <= 0xffff; r++ {
		b := []byte(string(r))
		if got, want := visibleRun(b, &noMarks, new([]int32)) == len(b), passed(r); got != want {
			t.Fatalf("visibleRun(%U) passes it: %v, want %v", r, got, want)
		}
		if passed(r) {
			var w textWriter
			w.writeRune(r)
			if r >= utf8.RuneSelf && string(w.buf) != string(r) {
				t.Fatalf("writeRune(%U) writes %q: visibleRun may not copy it", r, w.buf)
			}
		}
	}
	// oracle reads rune by rune.
	oracle := func(p []byte) int {
		i := 0
		for i < len(p) {
			r, n := utf8.DecodeRune(p[i:])
			if r == utf8.RuneError || !passed(r) {
				break
			}
			i += n
		}
		return i
	}
	// Every three bytes that start past ASCII, valid or not (with -short,
	// those that start with a lead byte, C0 to FF: CI's run under the
	// race detector is ten times slower).
	leads := 0x80
	if testing.Short() {
		leads = 0xc0
	}
	for c := leads; c < 0x100; c++ {
		for c1 := range 0x100 {
			for c2 := range 0x100 {
				p := []byte{byte(c), byte(c1), byte(c2)}
				if got, want := visibleRun(p, &noMarks, new([]int32)), oracle(p); got != want {
					t.Fatalf("visibleRun(%q) = %d, want %d", p, got, want)
				}
			}
		}
	}
	pieces := [][]byte{[]byte("a"), []byte("9"), []byte(" "), []byte("\x7f"), []byte("\x00"), []byte("中"), []byte("一"),
		[]byte("鿿"), []byte("，"), []byte("０"), []byte("Ａ"), []byte("、"), []byte("—"), []byte("　"), []byte("é"),
		[]byte("𝄞"), {0xe4}, {0xe4, 0xb8}, {0x80}, {0xed, 0xa0, 0x80}, {0xe0, 0x80, 0xaf}, {0xef, 0xbc}, []byte("【")}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var p []byte
		for range rng.IntN(8) {
			p = append(p, pieces[rng.IntN(len(pieces))]...)
		}
		for k := range p {
			if rng.IntN(20) == 0 {
				p[k] = byte(rng.IntN(256))
			}
		}
		if got, want := visibleRun(p, &noMarks, new([]int32)), oracle(p); got != want {
			t.Fatalf("visibleRun(%q) = %d, want %d", p, got, want)
		}
	}
}

// TestCutset compares the cutsets' trims with strings.Trim, TrimLeft and
// TrimRight on the same sets, over random strings of their runes, other
// runes, and bytes that are no UTF-8.
func TestCutset(t *testing.T) {
	sets := map[*cutset]string{
		openersCut: "（(【[〔［，," + bylineMarkers + " ", markersCut: bylineMarkers + " ", sepsCut: " " + creditSeps,
		sepsDashCut: " " + creditSeps + "、-", nameBracketsCut: "（）()【】〔〕［］[]", orgBracketsCut: "《》（）()",
		closingCut: "\"”) \t\n\u00a0", barsCut: " |｜", newCutset("a\uFFFD"): "a\uFFFD",
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for c, set := range sets {
		// Ἀ (U+1F08) shares its low 12 bits with （ (U+FF08): wideMay lets it
		// through to the look in wide.
		pieces := []string{"中", "a", "z", "\x80", "\xe4\xb8", "\uFFFD", "。", "\t", "Ἀ"}
		for _, r := range set {
			pieces = append(pieces, string(r))
		}
		for range 20000 {
			s := randomText(rng, pieces, rng.IntN(8))
			require.Equal(t, strings.TrimLeft(s, set), c.trimLeft(s), "TrimLeft(%q, %q)", s, set)
			require.Equal(t, strings.TrimRight(s, set), c.trimRight(s), "TrimRight(%q, %q)", s, set)
			require.Equal(t, strings.Trim(s, set), c.trim(s), "Trim(%q, %q)", s, set)
		}
	}
}

// TestNormalizeFastPath: Normalize returns a text that is only visible
// ASCII and runes that pass as they are unchanged, without the writer;
// on random texts of those and of every other kind of rune, it gives what
// the writer gives.
func TestNormalizeFastPath(t *testing.T) {
	pieces := []string{"中", "文", "，", "。", "“", "”", "—", "a", "Z", "1", "%", " ", "\u3000", "\u00a0", "\n", "\t", "Ａ", "１",
		"é", "e\u0301", "\u200b", "\x01", "\xff", "\xe4\xb8", "😀", "⼆", "、", "（", "）"}
	rng := rand.New(rand.NewPCG(19, 20))
	fast := 0
	for range 50000 {
		s := randomText(rng, pieces, rng.IntN(12))
		var w textWriter
		w.writeString(s)
		want := string(w.finish(nil))
		require.Equal(t, want, Normalize(s), "%q", s)
		if want == s {
			fast++
		}
	}
	require.Greater(t, fast, 1000)
}

// TestTrimSpace: trimSpace gives what strings.TrimSpace gives, on texts
// that open and end with every kind of rune: ASCII, white space of every
// width, Han characters, punctuation, cut runes and stray bytes.
func TestTrimSpace(t *testing.T) {
	ends := []string{"", "a", " ", "\t", "\n", "\v", "\u0085", "\u00a0", "\u3000", "\u2028", "中", "一", "\u4000", "\u9fff", "，", "。",
		"é", "😀", "\xe4", "\xe4\xb8", "\x80", "\xff", "\x7f", "\xe4\xb8\xad ", " \xe4\xb8\xad"}
	for _, a := range ends {
		for _, mid := range []string{"", "x", "正文", " 正 文 "} {
			for _, b := range ends {
				s := a + mid + b
				require.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
			}
		}
	}
}

// TestJoinText: joining two normalized texts gives what the normalizer
// makes of them with a space between, so that a caption or a table row
// joined from parts is normalized too: no space beside full-width
// punctuation (一、 and 总则 make 一、总则; a row of numbered rows once
// kept "0、 0").
func TestJoinText(t *testing.T) {
	for _, c := range [][3]string{
		{"一、", "总则", "一、总则"},
		{"第一條", "本會會名定為台灣語文學會。", "第一條 本會會名定為台灣語文學會。"},
		{"图为：", "张三", "图为：张三"},
		{"正文", "（略）", "正文（略）"},
		{"Xinhua", "photo", "Xinhua photo"},
		{"", "正文", "正文"},
		{"正文", "", "正文"},
	} {
		assert.Equal(t, c[2], joinText(c[0], c[1]), "%q + %q", c[0], c[1])
	}
	pieces := []string{"一", "、", "。", "（", "）", "A", "1", "：", ":", "“", "”", "—", "…", "中文", "x y", "《", "》", "·"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		a, b := Normalize(randomText(rng, pieces, rng.IntN(4))), Normalize(randomText(rng, pieces, rng.IntN(4)))
		require.Equal(t, Normalize(a+" "+b), joinText(a, b), "%q + %q", a, b)
	}
}
