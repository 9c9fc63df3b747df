package newsdoc

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The patterns nameWordTable replaced (with the words added since), kept
// as its oracle: a word at the
// start of a name or after a byte that is not a lowercase letter; some
// words must end there.
var (
	oracleChrome = regexp.MustCompile(`(?:^|[^a-z])(?:banner|breadcrumb|crumb|combx|comment|community|disqus|footer|foot|` +
		`header|menu|nav|related|relate|remark|repl(?:y|ies)|rss|shoutbox|sidebar|side|skyscraper|social|` +
		`sponsor|share|recommend|recom|hot|rank|qrcode|qr|ewm|download|subscribe|guess|toolbar|login|` +
		`copyright|pagination|pager|popup|advert|adv|ads?(?:$|[^a-z])|tags?(?:$|[^a-z])|keyword|more(?:$|[^a-z])|lianbo|digg|dig(?:$|[^a-z]))`)
	oracleSummary = regexp.MustCompile(`(?:^|[^a-z])(?:summary|abstract|intro|introduction|digest|standfirst|synopsis|zhaiyao|daodu|daoyu)(?:$|[^a-z])`)
	oracleContent = regexp.MustCompile(`(?:^|[^a-z])(?:article|artical|content|text|body|main|post|detail|entry|story|` +
		`endtext|news_?txt|rm_txt|zw|cont(?:$|[^a-z])|txt)`)
)

func oracleSays(lower []byte) uint8 {
	var w uint8
	if oracleChrome.Match(lower) {
		w |= nameChrome
	}
	if oracleContent.Match(lower) {
		w |= nameContent
	}
	if oracleSummary.Match(lower) {
		w |= nameSummary
	}
	return w
}

// pageNames returns every id and class name (each class word apart) of
// the pages the tests read.
func pageNames(t *testing.T) map[string]bool {
	var files []string
	for _, glob := range []string{
		filepath.Join("..", "shared", "corpus", "html", "*.html"),
		filepath.Join("testdata", "pages", "*", "*.html"),
	} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		files = append(files, m...)
	}
	names := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		z := html.NewTokenizer(bytes.NewReader(src))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			for _, more := z.TagName(); more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "id":
					names[string(v)] = true
				case "class":
					for _, c := range bytes.Fields(v) {
						names[string(c)] = true
					}
				}
			}
		}
	}
	return names
}

// TestNameWordsMatchOracle: the word table says of every id and class
// name of the test pages what the patterns it replaced say.
func TestNameWordsMatchOracle(t *testing.T) {
	names := pageNames(t)
	require.Greater(t, len(names), 1000, "too few names to compare")
	said := map[uint8]int{}
	for name := range names {
		lower := bytes.ToLower([]byte(name))
		got, want := nameWordsTable.says(lower), oracleSays(lower)
		require.Equal(t, want, got, "name %q", name)
		said[got]++
	}
	// The comparison is worth something only if each word list matched.
	require.Positive(t, said[nameChrome])
	require.Positive(t, said[nameContent])
	require.Positive(t, said[nameSummary]+said[nameSummary|nameContent]+said[nameSummary|nameChrome])
}

// FuzzNameWords: the word table agrees with its oracle on any name.
func FuzzNameWords(f *testing.F) {
	for _, s := range []string{"hotnews", "photo", "ad-box", "address", "news_txt", "newstxt", "cont", "content",
		"art_intro", "2nav", "tags", "tagsx", "more_", "x-summary", "side-bar", "replies", "mainad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		lower := bytes.ToLower([]byte(name))
		if got, want := nameWordsTable.says(lower), oracleSays(lower); got != want {
			t.Fatalf("%q: table %03b, patterns %03b", name, got, want)
		}
	})
}

// sizeAnywhere is the size in a file name that sizeInName reads, looked
// for anywhere in the name: sizeInName's oracle.
var sizeAnywhere = regexp.MustCompile(`(?:^|[^a-z0-9])(?:w(\d{1,4})[_-]?h(\d{1,4})|(\d{1,4})x(\d{1,4}))(?:$|[^0-9])`)

// TestSizeInName: reading the size in an image's file name from each
// place it may start gives the groups the pattern that looks anywhere
// gives, on the file names of the test pages' images and on hand-made
// ones.
func TestSizeInName(t *testing.T) {
	names := []string{"icon_16x16", "w16_h16", "a-w20-h20", "16x16", "x1", "logo", "bannerw", "pic_640x480_2", "w1_h2x3", "aw16_h16_20x20",
		"12345x6", "1x1", "w16h16", "w16-h16", "ww16_h16", "中16x16", "16x16中", "2x3x4", "20x20_w30_h30", "w12345_h1",
		// The longest sizes, read through to the byte after them.
		"w1234-h1234", "w1234-h12345", "w1234_h1234中", "a_w1234-h1234", "1234x1234", "1234x12345", "1234x1234中", "w1234h1234",
		// Where the look before the pattern stops: no digit after w, five
		// digits, no x after the digits, the name's end.
		"w", "5", "wx16", "55555x5", "1x", "w1", "w1h", "7a4e-7d3d4d3e7a114cfdf360e0e3c81e9a87", "a-1234", "a-123x"}
	for _, glob := range []string{filepath.Join("..", "shared", "corpus", "html", "*.html"), filepath.Join("testdata", "pages", "*", "*.html")} {
		files, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range files {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			z := html.NewTokenizer(bytes.NewReader(src))
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
					continue
				}
				for _, more := z.TagName(); more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					if string(k) == "src" {
						s := strings.ToLower(string(v))
						names = append(names, s[strings.LastIndexByte(s, '/')+1:])
					}
				}
			}
		}
	}
	matched := 0
	for _, n := range names {
		got, want := sizeInName(n), sizeAnywhere.FindStringSubmatch(n)
		if (got == nil) != (want == nil) || got != nil && !slices.Equal(got[1:], want[1:]) {
			t.Errorf("%q: from its starts %q, anywhere %q", n, got, want)
		}
		if want != nil {
			matched++
		}
	}
	require.Greater(t, matched, 10)
}

// TestRuneCount: runeCount counts as utf8.RuneCountInString does, on
// every rune of one to three bytes alone and between ASCII, on every
// three bytes led by E0–EF (the forms it checks itself, valid or not), on
// random bytes and on the golden inputs.
func TestRuneCount(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("%q: %d runes, utf8 counts %d", s, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		check(s)
		check("a" + s + "b")
		check(s[:len(s)-1])
	}
	for c := 0xE0; c <= 0xEF; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, c2 := range []byte{0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF} {
				check(string([]byte{byte(c), byte(c1), c2}))
				check(string([]byte{'x', byte(c), byte(c1), c2, 'y'}))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			switch rng.IntN(4) {
			case 0:
				b[i] = byte(rng.IntN(0x80))
			case 1:
				b[i] = byte(0x80 + rng.IntN(0x40))
			case 2:
				b[i] = byte(0xE0 + rng.IntN(0x10))
			default:
				b[i] = byte(rng.IntN(256))
			}
		}
		check(string(b))
	}
	for _, src := range testdataInputs(t, filepath.Join("testdata", "golden", "*", "input.*")) {
		check(src)
	}
}

// TestRunesOver holds runesOver to runeCount on random texts (Chinese,
// ASCII, four-byte runes, bytes that are not UTF-8) and bounds around
// their length.
func TestRunesOver(t *testing.T) {
	pieces := []string{"中", "a", "é", "😀", "\xff", "\xe4\xb8", "\xf0\x9f", " "}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 100000 {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, n := range []int{0, 1, rng.IntN(len(s) + 2), runeCount(s) - 1, runeCount(s), runeCount(s) + 1, len(s)} {
			if n < 0 {
				continue
			}
			if got, want := runesOver(s, n), runeCount(s) > n; got != want {
				t.Fatalf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestFewerRunes holds fewerRunes to runeCount on pairs of random texts:
// Chinese, ASCII, four-byte runes and bytes that are not UTF-8.
func TestFewerRunes(t *testing.T) {
	pieces := []string{"中", "a", "é", "😀", "\xff", "\xe4\xb8", " "}
	rng := rand.New(rand.NewPCG(9, 10))
	text := func() string {
		var b strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 100000 {
		a, b := text(), text()
		if got, want := fewerRunes(a, b), runeCount(a) < runeCount(b); got != want {
			t.Fatalf("fewerRunes(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
}

// TestDecodeLastRune: decodeLastRune gives what
// utf8.DecodeLastRuneInString gives on every sequence of three bytes from
// E0 to EF and two more bytes of any value, after nothing, ASCII, a rune
// of two bytes, a stray continuation byte and a lead byte of four, and on
// short texts of any bytes.
func TestDecodeLastRune(t *testing.T) {
	checkDecoder(t, decodeLastRune, utf8.DecodeLastRuneInString, func(seq, pre string) string { return pre + seq },
		[]string{"", "a", "é", "\x80", "\xf0", "\xf0\x90"}, rand.New(rand.NewPCG(13, 14)))
}

// TestDecodeRune: decodeRune gives what utf8.DecodeRuneInString gives on
// every sequence of three bytes from E0 to EF and two more bytes of any
// value, before nothing, ASCII, a rune of two bytes, a continuation byte
// and a lead byte, and on short texts of any bytes.
func TestDecodeRune(t *testing.T) {
	checkDecoder(t, decodeRune, utf8.DecodeRuneInString, func(seq, suf string) string { return seq + suf },
		[]string{"", "a", "é", "\x80", "\xe4"}, rand.New(rand.NewPCG(17, 18)))
}

// checkDecoder holds got to want on every three bytes from E0 to EF and
// two more, each set beside every one of others by join, and on 100,000
// random texts of up to five bytes.
func checkDecoder(t *testing.T, got, want func(string) (rune, int), join func(seq, other string) string, others []string, rng *rand.Rand) {
	t.Helper()
	for c0 := 0xe0; c0 <= 0xef; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				for _, o := range others {
					s := join(string([]byte{byte(c0), byte(c1), byte(c2)}), o)
					r, n := got(s)
					wr, wn := want(s)
					if r != wr || n != wn {
						t.Fatalf("%q: %U %d, want %U %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
	for range 100000 {
		b := make([]byte, rng.IntN(6))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		r, n := got(string(b))
		wr, wn := want(string(b))
		require.Equal(t, [2]int{int(wr), wn}, [2]int{int(r), n}, "%q", b)
	}
}
