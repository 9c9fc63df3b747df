// Package newsdoc turns a scraped Chinese news article into a clean, typed
// [Document]: metadata, credits, paragraphs with inline marks, and a
// section tree.
//
// The input is a Hexo-style post: front matter (YAML between "---" lines,
// or JSON) followed by an HTML body scraped from a portal such as Sina
// Finance. A file without front matter is a plain body; a body may also be
// Markdown or plain text (see [Format]). A full web page is read too: its
// <head> fills [Meta], and only its article is kept (see [Input] and
// [PagePolicy]). Input may be in UTF-8, UTF-16 with a byte order mark,
// GBK, GB18030 or Big5.
//
//	doc, err := newsdoc.Parse(f)
//	if err != nil {
//		return err
//	}
//	for _, p := range doc.Paragraphs {
//		fmt.Println(p.Kind, p.Text)
//	}
//
// # Pipeline
//
// Parse reads the whole input (up to the [WithMaxBytes] limit), splits off
// the front matter, turns a Markdown or plain text body into HTML, then
// makes one pass over the HTML with the golang.org/x/net/html tokenizer.
// Each start tag and comment is checked against the [Policy]; a matching
// element is dropped with everything inside it. Text that survives is
// collected into blocks (paragraphs, headings, images, tables, list items,
// quotes), normalized (see [Normalize]), and marked up with bold runs,
// links and stock mentions. Credit lines (原标题, 来源, 作者, 编辑, 责任编辑)
// are then lifted out of the body into [Credits].
//
// # Removal rules
//
// Nothing is dropped without a name. Every element, comment or paragraph
// that cleaning removes is removed by a named [Rule]; [Policy.Rules] lists
// them, and [WithRemovals] asks Parse to report each removal in
// [Document.Removed]. The default policy, [DefaultPolicy], is
// [GenericPolicy] (comments, scripts, styles, embedded documents, players,
// form controls, hidden elements, tracking pixels, unsafe URLs,
// disclaimers, suicide-prevention notices, app promotions, list headers,
// end marks, credit lines, a repeated headline) plus [SinaPolicy] (Sina
// Finance's QR-code, app and research-report promotions, quote
// placeholders, video players, related links, editor and source lines)
// plus [PortalPolicy] (证券时报网 and 知乎日报) plus [PagePolicy] (on a full
// page: what lies outside the article, link lists, page chrome, a summary
// box that restates the article; on any input: nav links ending a
// paragraph, page-furniture images, widget labels, footer lines) plus
// [SitesPolicy] (where each known site keeps its article). [WithRules] adds rules to it;
// [WithPolicy] replaces it, and Parse then applies only the rules of the
// policy given (see WithPolicy for what that keeps). Credit lines lifted
// into [Credits] are reported under the rule that lifted them: "credits",
// or a [CreditClasses] rule such as "sina-editor". Comments and the
// content of script, noscript, template, style, title, iframe, noembed and
// noframes elements are never text, whether a rule names them or not.
//
// # Section tree
//
// After cleaning, [Parse] builds the section tree ([Document.Sections]):
// the title block of a report or law becomes [KindTitle] paragraphs;
// numbered headings (一、 → （一） → 1. → （1） after GB/T 9704, 编 → 章 →
// 节 → 条 for laws), h1–h6 and Markdown headings, 【…】 and short bold or
// standalone lines are recognized, placed by the known orders, and
// checked (consecutive numbers; dates, decimals and emphasis are not
// headings; numbered entries with no body are list items that keep their
// number). A run-in heading ("（一）标题。正文…") is split into a heading
// paragraph and a text paragraph. Each section says how its heading was
// recognized ([SectionStyle]); [Document.AllSections] walks the tree.
//
// # Normalization
//
// Paragraph text is normalized without harming Chinese punctuation: the
// ideographic-space indent is stripped, full-width letters and digits are
// folded to ASCII (２０２２ → 2022) while full-width punctuation (，。：；！？（）、“”)
// is kept as it is, NBSP and runs of white space become one space, a source
// line break between two Chinese characters disappears, format characters
// (zero-width spaces, BOM, bidi marks) and control characters are dropped,
// and the result is in NFC. A <br> is kept as "\n" inside the paragraph.
//
// # Concurrency
//
// Parse keeps all its state in values it creates, so it is safe to call
// from many goroutines at once; so is [ParseBytes], which only reads the
// bytes it is given. A [Policy] is read, never written, by Parse; it may
// be shared by concurrent calls as long as nobody changes it while they
// run.
//
// # Security
//
// Parse never executes or fetches anything. Link and image URLs are kept
// as written (a protocol-relative "//host/…" URL becomes https, and a
// relative one is resolved as [WithBaseURL] says), except javascript:,
// vbscript: and data: URLs, in any case and spacing, which the default
// policy drops by a named rule ("unsafe-url": a policy without it keeps
// them, see [WithPolicy]). Input larger than the
// [WithMaxBytes] limit is refused with [ErrTooLarge], element nesting
// deeper than [WithMaxDepth] is flattened, and tables expand to at most
// [MaxTableCells] and [MaxDocumentCells] cells: Parse's work and memory
// are linear in the input, whatever its structure.
package newsdoc

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"
)

// Errors returned by [Parse]. Front matter errors are [*FrontMatterError]
// values, undecodable input wraps [ErrCharset], invalid options wrap
// [ErrInvalidOption] and invalid rules [ErrInvalidRule]; use [errors.Is]
// and [errors.As] to tell them apart.
var (
	// ErrEmpty is returned when the input holds no bytes other than
	// white space.
	ErrEmpty = errors.New("newsdoc: empty input")
	// ErrBinary is returned when the input holds NUL bytes, which no text
	// article contains.
	ErrBinary = errors.New("newsdoc: input is binary (contains NUL bytes)")
	// ErrTooLarge is wrapped by the error returned when the input is
	// longer than the limit set with [WithMaxBytes].
	ErrTooLarge = errors.New("newsdoc: input too large")
	// ErrUnclosedFrontMatter is wrapped by the [*FrontMatterError]
	// returned when a front matter block has no closing line.
	ErrUnclosedFrontMatter = errors.New("newsdoc: unclosed front matter")
	// ErrInternal is wrapped by the [*InternalError] Parse (or
	// ParseBytes) returns when it failed on a fault of its own: a bug in
	// newsdoc, not in the input. No such fault is known; please report
	// the input with the error's Stack.
	ErrInternal = errors.New("newsdoc: internal error")
)

// InternalError is the error Parse (or ParseBytes) returns instead of
// panicking when it fails on a fault of its own (see [ErrInternal]). A batch of articles
// then goes on past the one that met it. Formatted with %+v, it prints
// its Stack after its message (see Format).
type InternalError struct {
	Value any    // the value the fault panicked with
	Stack []byte // the goroutine's stack where it panicked
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("newsdoc: internal error: %v", e.Value)
}

// Unwrap returns [ErrInternal] and, when the fault panicked with an
// error (a [runtime.Error] such as an index out of range), that error.
func (e *InternalError) Unwrap() []error {
	if err, ok := e.Value.(error); ok {
		return []error{ErrInternal, err}
	}
	return []error{ErrInternal}
}

// Format prints the error as fmt prints its message, but for %+v, which
// prints the Stack after the message. An error that wraps an
// InternalError prints its own message only: take the InternalError out
// with [errors.As] to print its stack.
func (e *InternalError) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') && len(e.Stack) > 0 {
		_, _ = io.WriteString(f, e.Error()+"\n"+strings.TrimRight(string(e.Stack), "\n"))
		return
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), e.Error())
}

// callerCode says whether Parse stands in code of its caller's: the
// Read (or Len, or Stat) of the reader it was given, or the function of a
// [DropIf] rule. A panic there is the caller's, and Parse lets it go on.
type callerCode struct{ in bool }

// guarded returns what parse returns, or an [*InternalError] for a panic
// in it that is not in code of its caller's (see callerCode). Nothing is
// left half done outside the call: each Parse call has state of its own,
// and only reads its options and Policy. What Go does not let a program
// recover from (running out of memory, overflowing the stack) still ends
// it.
func guarded(cc *callerCode, parse func() (*Document, error)) (doc *Document, err error) {
	defer func() {
		if cc.in {
			return // not recovered: the caller's panic goes on
		}
		if r := recover(); r != nil {
			doc, err = nil, &InternalError{Value: r, Stack: debug.Stack()}
		}
	}()
	return parse()
}

// FrontMatterError reports front matter that cannot be read. Line counts
// lines of the whole input, starting at 1.
type FrontMatterError struct {
	Line    int                // line of the whole input where the problem is
	Dialect FrontMatterDialect // FrontMatterYAML or FrontMatterJSON
	Err     error              // the underlying error
}

func (e *FrontMatterError) Error() string {
	// The wrapped error may be one of the package's own, which carry the
	// prefix too: say it once.
	msg := strings.TrimPrefix(fmt.Sprint(e.Err), "newsdoc: ")
	return fmt.Sprintf("newsdoc: %s front matter, line %d: %s", e.Dialect, e.Line, msg)
}

// Unwrap returns the underlying error.
func (e *FrontMatterError) Unwrap() error { return e.Err }

// Document is the typed result of [Parse]. Its JSON form leaves out an
// empty Meta, Credits or Title, as it leaves out the empty optional
// fields of every value in it; Paragraphs is always written ([] for an
// empty body from Parse).
type Document struct {
	Meta    Meta    `json:"meta,omitzero"`
	Credits Credits `json:"credits,omitzero"`
	// Title is the best title: the front matter's or the page's title,
	// else the first line of the body's title block (KindTitle), else a
	// heading that comes before any body text, else the original title
	// from the credits; never a subheading in the middle of the article.
	Title      string      `json:"title,omitempty"`
	Paragraphs []Paragraph `json:"paragraphs"`
	// Sections is the top level of the section tree; see [Section].
	Sections []*Section `json:"sections,omitempty"`
	// Removed lists what cleaning dropped, when [WithRemovals] is given.
	Removed []Removal `json:"removed,omitempty"`
	// Warnings lists problems Parse recovered from, such as front matter
	// read line by line because it is not valid YAML.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Meta is the article's metadata: a post's typed front matter, or what a
// full page's <head> says. Front matter keys that have no field of their
// own are kept in Extra, with their values as encoding/json decodes the same
// JSON: strings, float64 numbers, booleans, nil, []any and
// map[string]any (a YAML timestamp becomes an RFC 3339 string).
type Meta struct {
	Title      string   `json:"title,omitempty"`
	Categories []string `json:"categories,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	Author     string   `json:"author,omitempty"`
	// Date is the publication date. A date without a zone is read in the
	// location given by [WithLocation] (UTC+08:00 by default). When the
	// article says only when it last changed (更新于…), Date is that time,
	// the nearest date it gives, and Modified holds it too. Its
	// location is a fixed zone of its offset (UTC for offset 0), as
	// encoding/json gives it back.
	Date      time.Time `json:"date,omitzero"`
	HeadImage string    `json:"head_image,omitempty"` // the "headimg" key
	Thumbnail string    `json:"thumbnail,omitempty"`
	// Comments is nil when the key is absent.
	Comments *bool          `json:"comments,omitempty"`
	Extra    map[string]any `json:"extra,omitempty"`
	// FrontMatter is the dialect of the input's front matter, or
	// FrontMatterNone when it has none (a body, a full page).
	FrontMatter FrontMatterDialect `json:"front_matter,omitzero"`

	// What a full page has and a post does not.

	// URL is the page's own URL: its canonical link, og:url, or the
	// JSON-LD url, the first that is more than the site's root, as the
	// page writes it (a link written without its scheme,
	// www.aibase.com/zh/news/17410, stays so).
	URL string `json:"url,omitempty"`
	// SiteName is the site's name: og:site_name, application-name, or the
	// JSON-LD publisher.
	SiteName string `json:"site_name,omitempty"`
	// Description is the page's summary: <meta name="description"> or
	// og:description.
	Description string `json:"description,omitempty"`
	// Language is the page's language as it declares it: <html lang> or
	// Content-Language ("zh-CN", "zh-TW").
	Language string `json:"language,omitempty"`
	// Modified is when the page says the article was last changed.
	Modified time.Time `json:"modified,omitzero"`
}

// settleDates gives Date the time of the last change when the article
// gives no other, and both dates fixed zones.
func (m *Meta) settleDates() {
	if m.Date.IsZero() {
		m.Date = m.Modified
	}
	m.Date = fixedZone(m.Date)
	m.Modified = fixedZone(m.Modified)
}

// FrontMatterDialect is the language of a post's front matter. It is
// no part of the body's markup, which is a [Format].
type FrontMatterDialect uint8

// Front matter dialects. Their names, given by String and written as
// Meta's "front_matter" in JSON, are "yaml" and "json"; FrontMatterNone's
// is "", and Meta leaves it out of JSON.
const (
	FrontMatterNone FrontMatterDialect = iota // no front matter
	FrontMatterYAML                           // YAML between "---" lines (a "..." line may close it)
	FrontMatterJSON                           // JSON: between ";;;" lines, before a ";;;" line, or a leading {…} object
)

var frontMatterDialects = enum[FrontMatterDialect]{"FrontMatterDialect", "front matter dialect", []string{"", "yaml", "json"}}

// String returns the dialect's name, such as "yaml", or
// "FrontMatterDialect(N)" for a value that is not one of the constants.
func (d FrontMatterDialect) String() string { return frontMatterDialects.String(d) }

// MarshalText encodes the dialect as its name. A value that is not one of
// the constants is an error.
func (d FrontMatterDialect) MarshalText() ([]byte, error) { return frontMatterDialects.marshal(d) }

// UnmarshalText decodes a dialect name; an unknown name is an error.
func (d *FrontMatterDialect) UnmarshalText(b []byte) error {
	return frontMatterDialects.unmarshal(b, d)
}

// Credits are the credit lines lifted out of the body, read by the credit
// grammar (see [CreditLabels]). Names are names only: no label ("编辑："),
// outlet (观察者网), job title or affiliation (北京大学教授), staff or
// date code (SF014, 1130520), or dateline (北京报道, 台北報導).
type Credits struct {
	OriginalTitle      string   `json:"original_title,omitempty"`      // 原标题, 原標題
	Source             string   `json:"source,omitempty"`              // 来源, 來源, 稿源…
	Authors            []string `json:"authors,omitempty"`             // 作者, 记者, 文, 撰文, 撰稿…
	Editors            []string `json:"editors,omitempty"`             // 编辑, 編輯
	ResponsibleEditors []string `json:"responsible_editors,omitempty"` // 责任编辑, 责编, 責任編輯
	// Others holds every other role (实习生, 通讯员, 校对, 审核, 图片编辑,
	// 摄影, 图, 出品, 监制, 统筹, 编译, 翻译, 排版, 设计…) with its label
	// as printed.
	Others []Credit `json:"others,omitempty"`
}

// Credit is one labelled credit, such as {Label: "校对", Name: "王琳"}.
type Credit struct {
	Label string `json:"label"`
	Name  string `json:"name"`
}

// Kind is the kind of a [Paragraph].
type Kind uint8

// Paragraph kinds.
const (
	KindText     Kind = iota // running text
	KindHeading              // a heading: an h1–h6 or Markdown heading, or a line the section tree reads as one (numbered, bold, 【…】, plain or run in)
	KindImage                // an image, with its caption as text
	KindTable                // a table: Rows holds the cells, Text a tab-separated rendition
	KindListItem             // an item of a list; Number holds its number when it has one
	KindQuote                // text inside a blockquote
	KindTitle                // a line of the title block at the top of the body: a report's or law's title and its companions, or a news headline
)

var kinds = enum[Kind]{"Kind", "paragraph kind",
	[]string{"text", "heading", "image", "table", "list_item", "quote", "title"}}

// String returns the kind's name, such as "list_item", or "Kind(N)" for
// a value that is not one of the constants.
func (k Kind) String() string { return kinds.String(k) }

// MarshalText encodes the kind as its name, such as "list_item". A value
// that is not one of the constants is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.marshal(k) }

// UnmarshalText decodes a kind name; an unknown name is an error.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.unmarshal(b, k) }

// Paragraph is one block of the cleaned body.
type Paragraph struct {
	Kind Kind `json:"kind"`
	// Text is the normalized text. It holds no markup and no leading or
	// trailing space; a <br> in the source is "\n". For an image it is
	// the caption; for a table, rows are separated by "\n" and cells by
	// "\t".
	Text string `json:"text"`
	// Level is a heading's level: its section's level in the section
	// tree, or, for an h1–h6 heading that heads no section, its tag's.
	Level int `json:"level,omitempty"`
	// Number is the numbering of a numbered heading or list item, such as
	// "（一）" or "第三条"; Text then holds what follows it.
	Number string `json:"number,omitempty"`
	// Section is the id of the section a heading paragraph heads.
	Section string `json:"section,omitempty"`
	// RunIn is set on a heading split from the start of a paragraph
	// ("（一）标题。正文…"): the paragraph after it holds the rest.
	RunIn bool `json:"run_in,omitempty"`
	// Marks are the inline marks, in order of their start. The marks of
	// a document's paragraphs may lie in one array, each paragraph's
	// slice capped at its length (an append to it makes a new array):
	// holding one paragraph's Marks holds that array.
	Marks []Mark `json:"marks,omitempty"`
	// Image is set for KindImage.
	Image *Image `json:"image,omitempty"`
	// Caption is a table's <caption>.
	Caption string `json:"caption,omitempty"`
	// Rows are a table's rows, for KindTable.
	Rows [][]Cell `json:"rows,omitempty"`
}

// paraInfo holds what Parse knows of a paragraph from its markup and
// needs after the token pass, but that is no part of the result. A slice
// of them runs beside Document.Paragraphs, index for index, until the
// section tree is built.
type paraInfo struct {
	credit   int32 // the CreditClasses rule (position plus one) of its element
	node     int32 // on a full page, the block element it is in
	centered bool  // its block is centered (align-Center, text-align: center)
}

// MarkKind is the kind of a [Mark].
type MarkKind uint8

// Mark kinds.
const (
	MarkBold  MarkKind = iota // b, strong, Sina's cms-style "strong-Bold", font-weight bold
	MarkLink                  // a link; Href holds its URL (see [Mark])
	MarkStock                 // a stock mention; Code holds the security code, and Href its link when it has one
)

var markKinds = enum[MarkKind]{"MarkKind", "mark kind", []string{"bold", "link", "stock"}}

// String returns the kind's name, such as "stock", or "MarkKind(N)" for
// a value that is not one of the constants.
func (k MarkKind) String() string { return markKinds.String(k) }

// MarshalText encodes the kind as its name, such as "stock". A value that
// is not one of the constants is an error.
func (k MarkKind) MarshalText() ([]byte, error) { return markKinds.marshal(k) }

// UnmarshalText decodes a mark kind name; an unknown name is an error.
func (k *MarkKind) UnmarshalText(b []byte) error { return markKinds.unmarshal(b, k) }

// Mark is an inline mark over Text[Start:End] of its paragraph. Offsets
// are byte offsets into the UTF-8 text, so in Go p.Text[m.Start:m.End] ==
// m.Text.
type Mark struct {
	Kind  MarkKind `json:"kind"`
	Text  string   `json:"text"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Code  string   `json:"code,omitempty"` // stock code, such as "sz000931"
	// Href is the target of a link, or of a stock mention that links: as
	// written, a protocol-relative "//host/…" made https and a relative
	// one resolved as [WithBaseURL] says. A link whose URL a rule drops
	// (javascript:, vbscript: and data: by default) loses its mark.
	Href string `json:"href,omitempty"`
}

// Image is the image of a KindImage paragraph.
type Image struct {
	Src string `json:"src"`
	Alt string `json:"alt,omitempty"`
	// Caption is the caption the page prints with the image (figcaption,
	// img_descr, a 图/… line under it), else its Alt when that reads as
	// a caption (a sentence, or a photo credit at its end) and the page
	// prints no caption under the image. The paragraph's Text is it.
	Caption string `json:"caption,omitempty"`
}

// Cell is a table cell. RowSpan and ColSpan are set when the source spans
// more than one row or column; the cell appears once, in the first row and
// column it covers (see [Paragraph.Grid] for the expanded form).
type Cell struct {
	Text    string `json:"text"`
	Header  bool   `json:"header,omitempty"`
	RowSpan int    `json:"rowspan,omitempty"`
	ColSpan int    `json:"colspan,omitempty"`
}

// Removal records one piece of the input that cleaning dropped.
type Removal struct {
	Rule    string `json:"rule"`           // name of the rule that dropped it
	Element string `json:"element"`        // what was dropped: "div.app-kaihu-qr", "<!-- -->", "p"
	Text    string `json:"text,omitempty"` // the normalized text it held
}

// Warning is a problem Parse recovered from. Code says what kind of
// problem it is, so that a caller can count or filter warnings without
// reading their message:
//
//   - "front-matter": front matter that does not parse, read line by line
//     (or, when it is not front matter at all, read as body);
//   - "meta-value": a known front matter key whose value has the wrong
//     type, kept in [Meta.Extra] instead;
//   - "invalid-utf8": bytes that are neither UTF-8 nor of the charset the
//     input was decoded from, replaced by U+FFFD;
//   - "depth-limit": elements nested deeper than [WithMaxDepth], flattened;
//   - "table-limit": a table whose spans would pass [MaxTableCells] or
//     [MaxDocumentCells], laid out with its spans ignored;
//   - "markdown-limit": a Markdown body whose nesting or inline
//     delimiters would make it slow to read, read as plain text.
type Warning struct {
	Line    int    `json:"line,omitempty"` // line of the input, when known
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Parse reads an article from r and returns its [Document].
//
// Bad input returns an error: [ErrEmpty], [ErrBinary], an error wrapping
// [ErrTooLarge] or [ErrCharset], a [*FrontMatterError] for an unclosed
// front matter block (or, with [WithStrict], front matter that does not
// parse), or the error of r, wrapped; bad options return an error
// wrapping [ErrInvalidOption] or [ErrInvalidRule]. Input that starts with
// a UTF-16 byte order mark is decoded, and so is input in GBK, GB18030 or
// Big5; a few bytes that do not decode are replaced by U+FFFD and
// reported in Document.Warnings.
//
// Should Parse meet a fault of its own, it returns an [*InternalError]
// (wrapping [ErrInternal]) rather than panic. A panic in the caller's
// code that Parse calls, r's Read (or Len, or Stat) or the function of a
// [DropIf] rule, is not Parse's and goes on.
//
// Parse is safe for concurrent use: see the package documentation.
func Parse(r io.Reader, opts ...Option) (*Document, error) {
	return parseInput(opts, func(cfg *config) ([]byte, error) { return readAll(r, cfg.maxBytes, cfg.caller) })
}

// ParseBytes is [Parse] of src, for a caller that holds the article's
// bytes already: it reads them where they are, without the copy Parse
// makes of what it reads, and returns what Parse returns for a reader of
// src (an input longer than [WithMaxBytes] is an error wrapping
// [ErrTooLarge]). It neither changes src nor keeps it: the Document holds
// copies of what it takes. src must not change while ParseBytes runs;
// calls at once may share it, and ParseBytes is safe for concurrent use
// as Parse is.
func ParseBytes(src []byte, opts ...Option) (*Document, error) {
	return parseInput(opts, func(cfg *config) ([]byte, error) {
		if int64(len(src)) > cfg.maxBytes {
			return nil, tooLarge(cfg.maxBytes)
		}
		// Capped, so that an append to a slice that reaches src's end
		// makes a new array rather than write into the caller's past it.
		// (Nothing appends to a slice of the input.)
		return src[:len(src):len(src)], nil
	})
}

// parseInput is Parse and ParseBytes, under the guard: it reads the
// options, then the input with input, and parses it.
func parseInput(opts []Option, input func(*config) ([]byte, error)) (*Document, error) {
	var cc callerCode
	return guarded(&cc, func() (*Document, error) {
		cfg, err := newConfig(opts)
		if err != nil {
			return nil, err
		}
		cfg.caller = &cc
		src, err := input(cfg)
		if err != nil {
			return nil, err
		}
		return parseAll(src, cfg)
	})
}

// parseAll parses src, all of the input, in as many passes as it needs.
func parseAll(src []byte, cfg *config) (*Document, error) {
	// Most input is UTF-8, and the token pass reads every byte of an
	// HTML body: it checks them as it goes, and only input in which it
	// finds a byte that is not UTF-8 is read again, decoded up front
	// (readInput). Both readings give the same Document.
	mode := passMode{lazy: true}
	for {
		doc, err := parse(src, cfg, mode)
		switch {
		case errors.Is(err, errNotChecked) && mode.lazy:
			mode.lazy = false
		case errors.Is(err, errTokensApart) && !mode.exact:
			mode.exact = true
		default:
			return doc, err
		}
	}
}

// passMode is how parse reads its input. With lazy set, the token pass
// checks an HTML body for valid UTF-8 as it reads it (see readInput);
// with exact set, it searches each token's bytes for what the tokenizer's
// accessors would change, instead of keeping where the body's next one is
// (see parser.plain).
type passMode struct{ lazy, exact bool }

// errTokensApart is what parse returns when the tokens of the token pass
// did not cover the body, each byte once, which the pass counts on unless
// passMode.exact is set. TestTokensCoverInput holds the tokenizer to it;
// should it ever fail, Parse reads the input again, exactly.
var errTokensApart = errors.New("newsdoc: tokens do not cover the body")

// parse is Parse on the bytes read. It returns errNotChecked, reading
// lazily, for input that is not valid UTF-8 (see readInput), and
// errTokensApart (see there).
func parse(src []byte, cfg *config, mode passMode) (*Document, error) {
	doc := &Document{}
	body, page, check, err := readInput(src, cfg, doc, mode.lazy)
	if err != nil {
		return nil, err
	}
	p := newParser(cfg, doc)
	p.checkUTF8 = check
	p.exact = mode.exact
	if page {
		p.page = newPageState()
	}
	p.run(body)
	if p.badUTF8 {
		return nil, errNotChecked
	}
	if p.apart {
		return nil, errTokensApart
	}
	info := p.info.slice()
	if page {
		info = readPage(doc, info, p.page, cfg)
	} else if cfg.baseURL != "" {
		resolveURLs(doc, cfg.baseURL)
	}
	info = attachCaptions(doc, info, cfg.policy.grammar())
	info = liftCredits(doc, info, cfg.policy, cfg)
	info = dropRepeatedTitle(doc, info, cfg.policy, cfg.removals)
	buildSections(doc, info)
	doc.Meta.settleDates()
	doc.Title = bestTitle(doc)
	if doc.Paragraphs == nil {
		doc.Paragraphs = []Paragraph{}
	}
	return doc, nil
}

// fixedZone returns t in a fixed zone of its offset, with no name, as
// encoding/json reads a time back: the results are plain data.
func fixedZone(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	_, off := t.Zone()
	if off == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", off))
}

// dropRepeatedTitle applies the policy's repeated-title rule.
func dropRepeatedTitle(doc *Document, info []paraInfo, pol *Policy, report bool) []paraInfo {
	n := pol.ix.title
	if n == 0 || doc.Meta.Title == "" {
		return info
	}
	for i, p := range doc.Paragraphs {
		if p.Kind == KindImage {
			continue
		}
		if p.Text == doc.Meta.Title && (p.Kind == KindText || p.Kind == KindHeading) {
			if report {
				doc.Removed = append(doc.Removed, Removal{Rule: pol.rule(n).Name, Element: "p", Text: p.Text})
			}
			doc.Paragraphs = append(doc.Paragraphs[:i], doc.Paragraphs[i+1:]...)
			info = append(info[:i], info[i+1:]...)
		}
		return info
	}
	return info
}

// bestTitle returns the document's title: the front matter's or the
// page's, else the first line of the title block, else a heading that
// comes before any body text, else the original title from the credits.
// A heading after body text is a subheading, never the title.
func bestTitle(doc *Document) string {
	if doc.Meta.Title != "" {
		return doc.Meta.Title
	}
	for _, p := range doc.Paragraphs {
		if p.Kind == KindTitle {
			return p.Text
		}
	}
	for _, p := range doc.Paragraphs {
		if p.Kind == KindHeading {
			return headingText(&p)
		}
		if p.Kind != KindImage && runeCount(p.Text) > maxPlain {
			break // body text: later headings are subheadings
		}
	}
	return doc.Credits.OriginalTitle
}

// headingText is a heading with its number, as printed: "一、总体要求".
func headingText(p *Paragraph) string {
	if p.Number == "" {
		return p.Text
	}
	return textWithNumber(p.Number, p.Text)
}
