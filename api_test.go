package newsdoc

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumType is what every enum of the package has: a name for each value,
// written and read as text.
type enumType interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
}

// testEnum checks the names of an enum, value by value from 0, and what
// it does with a value out of range and a name it does not know.
func testEnum[T enumType, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typ string, names []string) {
	t.Run(typ, func(t *testing.T) {
		for i, name := range names {
			v := T(i)
			assert.Equal(t, name, v.String())
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, name, string(b))
			var back T
			require.NoError(t, P(&back).UnmarshalText(b))
			assert.Equal(t, v, back)
		}
		out := T(99)
		assert.Equal(t, typ+"(99)", out.String())
		_, err := out.MarshalText()
		assert.Error(t, err, "no name would read %v back", out)
		bads := []string{"no-such-name", "99", typ + "(99)"}
		for _, name := range names {
			if up := strings.ToUpper(name); up != name {
				bads = append(bads, up) // names are matched in their case
				break
			}
		}
		for _, bad := range bads {
			back := T(7)
			assert.Error(t, P(&back).UnmarshalText([]byte(bad)), bad)
			assert.Equal(t, T(7), back, "an unknown name leaves the value as it was")
		}
	})
}

func TestEnumNames(t *testing.T) {
	testEnum[Kind](t, "Kind", []string{"text", "heading", "image", "table", "list_item", "quote", "title"})
	testEnum[MarkKind](t, "MarkKind", []string{"bold", "link", "stock"})
	testEnum[Format](t, "Format", []string{"auto", "html", "markdown", "text"})
	testEnum[Input](t, "Input", []string{"auto", "post", "body", "page"})
	testEnum[FrontMatterDialect](t, "FrontMatterDialect", []string{"", "yaml", "json"})
	names := make([]string, len(sectionStyles.names))
	for s, name := range styleNames {
		names[s] = name
	}
	testEnum[SectionStyle](t, "SectionStyle", names)
}

// styleNames pins the name of every section style: they are what the
// JSON's "style" holds.
var styleNames = map[SectionStyle]string{
	0:                    "",
	StyleAnnex:           "附件X",
	StyleAnnexUnnumbered: "附件",
	StyleBook:            "第X编",
	StyleChapter:         "第X章",
	StyleLawSection:      "第X节",
	StyleArticle:         "第X条",
	StylePartN:           "Part N",
	StyleTwoDigit:        "01",
	StylePart:            "第X部分",
	StyleChineseNumeral:  "一、",
	StyleParenChinese:    "（一）",
	StyleArabicDot:       "1.",
	StyleArabicComma:     "1、",
	StyleParenArabic:     "（1）",
	StyleOrdinal:         "第一，",
	StyleCircled:         "①",
	StyleH1:              "h1",
	StyleH2:              "h2",
	StyleH3:              "h3",
	StyleH4:              "h4",
	StyleH5:              "h5",
	StyleH6:              "h6",
	StyleBracket:         "【】",
	StyleBold:            "bold",
	StyleBoldCentered:    "bold-centered",
	StyleLabel:           "label",
	StylePlain:           "plain",
	StyleMarker:          "■",
	StyleAppended:        "appended",
	StyleDecimal2:        "1.1",
	StyleDecimal3:        "1.1.1",
	StyleDecimal4:        "1.1.1.1",
	StyleCapitalNumeral:  "壹、",
	StyleArabicParen:     "1）",
	StyleStage:           "阶段X",
	StyleLetterNumber:    "A1",
	StyleLetterParen:     "A)",
	StyleSubBook:         "第X分编",
	StyleRoman:           "I.",
}

// TestSectionStyles checks that every style the recognizers give is one
// of the constants, each numbering style once, and that sections carry
// them, in Go and in JSON.
func TestSectionStyles(t *testing.T) {
	require.Len(t, styleNames, len(sectionStyles.names), "a style without a pinned name")
	assert.Equal(t, len(sectionStyles.names), numStyles, "numStyles is one more than the largest style")
	seen := map[SectionStyle]bool{}
	for _, n := range numberings {
		assert.True(t, sectionStyles.valid(n.style) && n.style != 0, "numbering %v", n.style)
		assert.False(t, seen[n.style], "numbering %v twice", n.style)
		seen[n.style] = true
	}
	for level, s := range tagStyles[1:] {
		assert.Equal(t, fmt.Sprintf("h%d", level+1), s.String())
	}
	doc, err := Parse(strings.NewReader("<p><b>一、总体要求</b></p><p>正文第一段，说明总体要求的内容。</p>" +
		"<p><b>二、主要任务</b></p><p>（一）深入实施城市总体规划。坚持一张蓝图干到底。</p><p>（二）推动高质量发展。加快构建新发展格局。</p>"))
	require.NoError(t, err)
	var got []SectionStyle
	for s := range doc.AllSections() {
		got = append(got, s.Style)
	}
	assert.Equal(t, []SectionStyle{StyleChineseNumeral, StyleChineseNumeral, StyleParenChinese, StyleParenChinese}, got)
	b, err := json.Marshal(doc.Sections[1].Children[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"style":"（一）"`)
}

// TestSectionMarshalByValue checks that a Section gives the same JSON
// whether it is marshalled by value or through a pointer: its range is
// written either way.
func TestSectionMarshalByValue(t *testing.T) {
	s := Section{ID: "1", Number: "一、", Title: "总体要求", Level: 1, Style: StyleChineseNumeral, Start: 2, End: 6,
		Children: []*Section{{ID: "1.1", Number: "（一）", Title: "目标", Level: 2, Style: StyleParenChinese, RunIn: true, Start: 3, End: 6}}}
	byPointer, err := json.Marshal(&s)
	require.NoError(t, err)
	byValue, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, string(byPointer), string(byValue))
	assert.Equal(t, `{"id":"1","number":"一、","title":"总体要求","level":1,"style":"一、","paragraphs":[2,6],`+
		`"children":[{"id":"1.1","number":"（一）","title":"目标","level":2,"style":"（一）","run_in":true,"paragraphs":[3,6]}]}`,
		string(byValue))

	// In a slice or a field of a struct, by value.
	inSlice, err := json.Marshal([]Section{s})
	require.NoError(t, err)
	assert.Equal(t, "["+string(byPointer)+"]", string(inSlice))
	inStruct, err := json.Marshal(struct{ S Section }{s})
	require.NoError(t, err)
	assert.Equal(t, `{"S":`+string(byPointer)+"}", string(inStruct))

	var back Section
	require.NoError(t, json.Unmarshal(byValue, &back))
	assert.Equal(t, s, back)

	_, err = json.Marshal(Section{Style: 99})
	assert.Error(t, err, "a style with no name")
	_, err = json.Marshal(Section{Style: StyleBold, Children: []*Section{{Children: []*Section{{Style: 99}}}}})
	assert.Error(t, err, "a style with no name, two levels down")

	// A nil child is null, as encoding/json writes a nil pointer, and
	// reads back as nil.
	withNil := Section{ID: "1", Title: "甲", Level: 1, Style: StyleBold, Children: []*Section{nil, {ID: "1.2", Title: "乙", Level: 2, Style: StyleBold}}}
	b, err := json.Marshal(withNil)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"children":[null,{"id":"1.2"`)
	back = Section{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, withNil, back)

	// A tree as deep as a code's (编, 分编, 章, 节, 条 and their items) and
	// deeper: written and read back whole.
	deep := &Section{ID: "1", Title: "0", Level: 1, Style: StyleBold, Start: 0, End: 40}
	at := deep
	for i := 1; i < 40; i++ {
		c := &Section{ID: at.ID + ".1", Title: strconv.Itoa(i), Level: i + 1, Style: StyleBold, Start: i, End: 40}
		at.Children = []*Section{c}
		at = c
	}
	b, err = json.Marshal(deep)
	require.NoError(t, err)
	assert.Equal(t, 40, strings.Count(string(b), `"id"`))
	back = Section{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *deep, back)
}

// TestFrontMatterDialect checks Meta.FrontMatter and its JSON key.
func TestFrontMatterDialect(t *testing.T) {
	tests := []struct {
		name, src string
		want      FrontMatterDialect
	}{
		{"yaml", "---\ntitle: 标题\n---\n<p>正文</p>", FrontMatterYAML},
		{"yaml closed by ...", "---\ntitle: 标题\n...\n<p>正文</p>", FrontMatterYAML},
		{"json between ;;;", ";;;\n\"title\": \"标题\"\n;;;\n<p>正文</p>", FrontMatterJSON},
		{"json before ;;;", "\"title\": \"标题\"\n;;;\n<p>正文</p>", FrontMatterJSON},
		{"json object", "{\"title\": \"标题\"}\n<p>正文</p>", FrontMatterJSON},
		{"body", "<p>正文</p>", FrontMatterNone},
		{"page", "<html><head><title>标题</title></head><body><p>正文</p></body></html>", FrontMatterNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader(tt.src))
			require.NoError(t, err)
			assert.Equal(t, tt.want, doc.Meta.FrontMatter)
			b, err := json.Marshal(doc.Meta)
			require.NoError(t, err)
			assert.NotContains(t, string(b), `"format"`)
			if tt.want == FrontMatterNone {
				assert.NotContains(t, string(b), `"front_matter"`)
			} else {
				assert.Contains(t, string(b), `"front_matter":"`+tt.want.String()+`"`)
			}
		})
	}
	_, err := Parse(strings.NewReader("---\ntitle: [a\n---\n<p>正文</p>"), WithStrict())
	var fe *FrontMatterError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, FrontMatterYAML, fe.Dialect)
}

// TestJSONLeavesOutEmpty checks that empty Meta, Credits and Title are
// left out of the JSON, and come back empty.
func TestJSONLeavesOutEmpty(t *testing.T) {
	doc, err := Parse(strings.NewReader("<p>　　正文</p>"))
	require.NoError(t, err)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	assert.Equal(t, `{"paragraphs":[{"kind":"text","text":"正文"}]}`, string(b))
	var back Document
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, doc, &back)

	for want, d := range map[string]Document{
		`{"meta":{"front_matter":"yaml"},"paragraphs":[]}`: {Meta: Meta{FrontMatter: FrontMatterYAML}, Paragraphs: []Paragraph{}},
		`{"credits":{"source":"新华社"},"paragraphs":[]}`:     {Credits: Credits{Source: "新华社"}, Paragraphs: []Paragraph{}},
		`{"title":"标题","paragraphs":[]}`:                   {Title: "标题", Paragraphs: []Paragraph{}},
		`{"meta":{"comments":false},"paragraphs":[]}`:      {Meta: Meta{Comments: new(bool)}, Paragraphs: []Paragraph{}},
	} {
		b, err := json.Marshal(d)
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
	}
}

// TestParseBytesIsParse: ParseBytes gives what Parse gives for a reader of
// the same bytes, on every input in testdata and, with the corpus, every
// full page of it, and changes none of them: the bytes after are those
// before. Goroutines parse one input at once, so that the race detector
// (CI runs the tests with it) would see a write to them.
func TestParseBytesIsParse(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "*", "input.*"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	if dir := corpusDirOrEmpty(); dir != "" {
		pages, _ := filepath.Glob(filepath.Join(dir, "html", "*.html"))
		for _, p := range pages {
			if !strings.Contains(filepath.Base(p), ".expected") {
				inputs = append(inputs, p)
			}
		}
		posts, _ := filepath.Glob(filepath.Join(dir, "hexo-*", "*.md"))
		inputs = append(inputs, posts...)
	}
	for _, path := range inputs {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		before := bytes.Clone(src)
		want, wantErr := Parse(bytes.NewReader(src), WithRemovals())
		var wg sync.WaitGroup
		docs := make([]*Document, 3)
		errs := make([]error, 3)
		for k := range docs {
			wg.Go(func() { docs[k], errs[k] = ParseBytes(src, WithRemovals()) })
		}
		wg.Wait()
		for k := range docs {
			require.Equal(t, wantErr, errs[k], path)
			require.Equal(t, want, docs[k], path)
		}
		require.Equal(t, before, src, "%s: ParseBytes changed its input", path)
		// Nothing of the Document is src's: changed after, src leaves
		// it as it was.
		for i := range src {
			src[i] = 'x'
		}
		require.Equal(t, want, docs[0], "%s: the Document keeps a part of ParseBytes' input", path)
	}
}

// ParseBytes checks its input as Parse does.
func TestParseBytesErrors(t *testing.T) {
	_, err := ParseBytes(nil)
	require.ErrorIs(t, err, ErrEmpty)
	_, err = ParseBytes([]byte("<p>a\x00</p>"))
	require.ErrorIs(t, err, ErrBinary)
	_, err = ParseBytes([]byte("<p>正文</p>"), WithMaxBytes(4))
	require.ErrorIs(t, err, ErrTooLarge)
	_, parseErr := Parse(strings.NewReader("<p>正文</p>"), WithMaxBytes(4))
	assert.EqualError(t, err, parseErr.Error(), "the same error as Parse's")
	assert.EqualError(t, err, "newsdoc: input too large: more than 4 bytes")
	_, err = ParseBytes([]byte("<p>正文</p>"), WithMaxBytes(0))
	require.ErrorIs(t, err, ErrInvalidOption)
	doc, err := ParseBytes([]byte("<p>正文</p>"), WithMaxBytes(int64(len("<p>正文</p>"))))
	require.NoError(t, err)
	assert.Equal(t, "正文", doc.Paragraphs[0].Text)
}
