package newsdoc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// metaBoth reads block with the fast path and with yaml.v3, when the fast
// path takes it, and returns both results.
// A block the fast path refuses must leave its frontMatter as it was.
// before and opts are fill's line offset and Parse's options.
func metaBoth(t testing.TB, block []byte, before int, opts ...Option) (fast, slow frontMatter, taken bool) {
	cfg, err := newConfig(opts)
	require.NoError(t, err)
	if !fast.fastYAML(block, before, cfg) {
		require.Zero(t, fast, "a refused block set something: %q", block)
		return fast, slow, false
	}
	v3, fe := parseYAMLv3(block, before)
	if fe != nil {
		t.Fatalf("the fast path took a block yaml.v3 refuses (%v):\n%s", fe, block)
	}
	if v3 != nil {
		slow.fill(v3, before, cfg)
	}
	return fast, slow, true
}

// frontMatterBlock returns the YAML between the --- lines at the start of
// a post, or nil.
func frontMatterBlock(src []byte) []byte {
	s := strings.TrimLeft(string(src), "\ufeff\r\n ")
	if !strings.HasPrefix(s, "---") {
		return nil
	}
	_, rest, _ := strings.Cut(s, "\n")
	i := strings.Index(rest, "\n---")
	if i < 0 {
		return nil
	}
	return []byte(rest[:i+1])
}

// TestFastYAML checks the front matter fast path against yaml.v3 on every
// corpus post and on the goldens: where it takes a block, the Meta and
// the warnings are the same; and it takes most of them.
func TestFastYAML(t *testing.T) {
	var files []string
	golden, err := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.md"))
	require.NoError(t, err)
	files = append(files, golden...)
	if dir := os.Getenv("NEWSDOC_CORPUS"); dir != "" || exists(filepath.Join("..", "shared", "corpus")) {
		files = append(files, corpusPosts(t)...)
	}
	blocks, taken := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		block := frontMatterBlock(src)
		if block == nil {
			continue
		}
		blocks++
		fast, slow, ok := metaBoth(t, block, 0)
		if !ok {
			continue
		}
		taken++
		assert.Equal(t, slow.meta, fast.meta, f)
		assert.Equal(t, slow.warnings, fast.warnings, f)
	}
	t.Logf("the fast path took %d of %d front matter blocks", taken, blocks)
	assert.Greater(t, taken*10, blocks*8, "the fast path should take most posts")
}

// TestFastYAMLNulls: a key of one value written with no value is a null,
// which fill leaves unset, when another key or the block's end follows;
// a list or more lines under it, and a null boolean (yaml.v3 decodes it
// as false), go to yaml.v3.
func TestFastYAMLNulls(t *testing.T) {
	for _, block := range []string{
		"title: a\nthumbnail:\nauthor: b\n",
		"thumbnail:\n",
		"thumbnail: \ntitle: x\n",
		"date:\ntitle: x\n",
		"headimg:\n\n# none\ntitle: x\n",
		"title: x\nauthor:\ncategories:\n  - a\n",
	} {
		fast, slow, ok := metaBoth(t, []byte(block), 0)
		if assert.True(t, ok, "%q", block) {
			assert.Equal(t, slow, fast, "%q", block)
		}
	}
	for _, block := range []string{
		"thumbnail:\n- a\n",
		"thumbnail:\n  - a\n",
		"thumbnail:\n\n- a\n",
		"title:\n  two\n  lines\n",
		"title:\n# c\n  x\n",
		"comments:\n",
		"title: x\ncomments:\nauthor: y\n",
	} {
		_, _, ok := metaBoth(t, []byte(block), 0)
		assert.False(t, ok, "%q", block)
	}
}

func TestFastYAMLRefuses(t *testing.T) {
	for _, block := range []string{
		"title: a\nextra: 1\n",        // a key Meta.Extra keeps, typed by yaml.v3
		"title: [a, b]\n",             // a flow collection
		"title: 'it''s'\n",            // an escape
		"title: \"a\\tb\"\n",          // an escape
		"title: a # note\n",           // an inline comment
		"title: a\ntitle: b\n",        // a duplicate key
		"title: >\n  folded\n",        // a block scalar
		"title: a\n  continued\n",     // a multi-line scalar
		"tags:\n  - a\n    - b\n",     // uneven items
		"tags:\n- - a\n",              // a nested list
		"date: 2021-13-45\n",          // a number-like date fill would keep with a warning
		"comments: yes\n",             // not a YAML 1.2 boolean
		"title: &a x\n",               // an anchor
		"title: a\u2028b\n",           // a line break of YAML's own
		"title: a\x01b\n",             // a control character
		"headimg: x\r\r\ndate: 'q'\n", // a CR before CRLF, a line break of its own to yaml.v3
	} {
		_, _, ok := metaBoth(t, []byte(block), 0)
		assert.False(t, ok, "%q", block)
	}
	// A date that is no date and no YAML timestamp: both paths keep its
	// text with a warning.
	fast, slow, ok := metaBoth(t, []byte("date: not a date\n"), 0)
	require.True(t, ok)
	assert.Equal(t, slow, fast)
	assert.Len(t, fast.warnings, 1)
	// Below other lines of the input, with another location: the
	// warning's line counts them, and the date is read in the location.
	ny := time.FixedZone("UTC-5", -5*60*60)
	fast, slow, ok = metaBoth(t, []byte("title: x\ndate: not a date\n"), 7, WithLocation(ny))
	require.True(t, ok)
	assert.Equal(t, slow, fast)
	require.Len(t, fast.warnings, 1)
	assert.Equal(t, 9, fast.warnings[0].Line)
	fast, slow, ok = metaBoth(t, []byte("date: 2021-03-22 08:01\n"), 7, WithLocation(ny))
	require.True(t, ok)
	assert.Equal(t, slow, fast)
	assert.Equal(t, time.Date(2021, 3, 22, 8, 1, 0, 0, ny), fast.meta.Date)
	// A block refused on its last line: nothing of the lines before it is
	// set (metaBoth checks).
	_, _, ok = metaBoth(t, []byte("title: a\ntags:\n  - b\nauthor: c\nextra: 1\n"), 0)
	assert.False(t, ok)
	fast, slow, ok = metaBoth(t, []byte("title: '22部门联合发文'\ncategories: \n    - 金融\n    - 新浪财经\n\nauthor: 新浪财经\ncomments: false\ndate: Mon, 22 Mar 2021 08:01:14 GMT\n"), 0)
	require.True(t, ok)
	assert.Equal(t, slow, fast)
	assert.Equal(t, "22部门联合发文", fast.meta.Title)
	assert.Equal(t, []string{"金融", "新浪财经"}, fast.meta.Categories)
	assert.Equal(t, "新浪财经", fast.meta.Author)
	require.NotNil(t, fast.meta.Comments)
	assert.False(t, *fast.meta.Comments)
	assert.Equal(t, time.Date(2021, 3, 22, 8, 1, 14, 0, time.UTC), fast.meta.Date.UTC())
	assert.Empty(t, fast.warnings)
}

// FuzzFastYAML compares the fast path with yaml.v3 on random blocks: where
// the fast path takes one, yaml.v3 must take it too and give the same
// Meta and warnings.
func FuzzFastYAML(f *testing.F) {
	for _, s := range []string{
		"title: '22部门联合发文打击非法社会组织'\ncategories: \n    - 金融\n    - 新浪财经\n\nauthor: 新浪财经\ncomments: false\ndate: Mon, 22 Mar 2021 08:01:14 GMT\nthumbnail: 'https://n.sinaimg.cn/x.png'\n",
		"title: x\ntags:\n- a\n- b\n",
		"title: \"quoted\"\ndate: 2021-03-22 08:01\n",
		"title: ~\nauthor: null\n",
		"title: x\nthumbnail: \nauthor:\n\ndate:\n",
		"thumbnail:\n- a\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, block []byte) {
		if bytes.Contains(block, []byte("---")) {
			return // the block ends at a --- line in a post
		}
		// As at the top of a post, and below lines of it with another
		// location (a warning's line counts them).
		for _, at := range []struct {
			before int
			opts   []Option
		}{{0, nil}, {5, []Option{WithLocation(time.UTC)}}} {
			fast, slow, ok := metaBoth(t, block, at.before, at.opts...)
			if !ok {
				return
			}
			if !assert.Equal(t, slow.meta, fast.meta, "%q", block) || !assert.Equal(t, slow.warnings, fast.warnings, "%q", block) {
				t.FailNow()
			}
		}
	})
}

// TestPlainText: the one test plainText takes for most runes lets through
// what its list of the runes that are not plain lets through, for every
// rune, and a stray byte is not plain.
func TestPlainText(t *testing.T) {
	notPlain := func(r rune) bool {
		return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff ||
			r == utf8.RuneError || r == 0xfffe || r == 0xffff
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue // no rune of UTF-8
		}
		if got, want := plainText("a"+string(r)+"中"), !notPlain(r); got != want {
			t.Fatalf("%U: plainText %v, want %v", r, got, want)
		}
	}
	assert.False(t, plainText("标题\xff"))
}
