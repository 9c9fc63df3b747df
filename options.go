package newsdoc

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Option configures [Parse]. An option given a value it cannot take
// makes Parse return an error wrapping [ErrInvalidOption]; options are
// never taken silently.
type Option func(*config)

// ErrInvalidOption is wrapped by the error Parse returns when an option
// was given a value it cannot take, such as WithMaxBytes(0).
var ErrInvalidOption = errors.New("newsdoc: invalid option")

// config is built once per Parse call from the options; Parse only reads
// it, but for caller, which it sets first.
type config struct {
	policy   *Policy
	extra    []Rule
	loc      *time.Location
	strict   bool
	removals bool
	maxBytes int64
	maxDepth int
	format   Format
	input    Input
	baseURL  string
	errs     []error
	caller   *callerCode // set by Parse; nil in tests that build a config alone
}

// Defaults of the options.
const (
	DefaultMaxBytes = 32 << 20 // 32 MiB: far above any article, far below a denial of service
	DefaultMaxDepth = 512      // deeper nesting is flattened
)

// chinaStandardTime is UTC+08:00, the zone of mainland Chinese portals.
var chinaStandardTime = time.FixedZone("UTC+8", 8*60*60)

// newConfig applies the options. It returns the first invalid option or
// rule as an error.
func newConfig(opts []Option) (*config, error) {
	c := &config{
		loc:      chinaStandardTime,
		maxBytes: DefaultMaxBytes,
		maxDepth: DefaultMaxDepth,
	}
	for _, o := range opts {
		if o == nil {
			c.invalid("a nil Option")
			continue
		}
		o(c)
	}
	if len(c.errs) > 0 {
		return nil, c.errs[0]
	}
	if c.policy == nil {
		c.policy = defaultPolicy()
	}
	if len(c.extra) > 0 {
		c.policy = c.policy.Clone().Add(c.extra...)
	}
	if err := c.policy.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *config) invalid(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidOption}, args...)...))
}

// WithPolicy replaces the default removal policy ([DefaultPolicy]) by p.
// Parse then applies p's rules only, and every default rule that p does
// not hold is lost. A policy of one's own, made with [NewPolicy], then:
//
//   - still never takes comments, nor the content of script, noscript,
//     template, style, title, iframe, noembed and noframes elements, as
//     text, but no longer reports them in [Document.Removed] (without
//     "comment", "script", "style", "embed" and "page-title");
//   - keeps in the body what the other generic rules drop: the text of
//     object, applet, video, audio and canvas elements and of buttons and
//     other form controls, hidden elements, disclaimers, app promotions,
//     list headers, and a first paragraph that repeats the title; and
//     keeps 1×1 tracking pixels as images;
//   - keeps javascript:, vbscript: and data: URLs as link targets and
//     image sources (without "unsafe-url");
//   - leaves credit lines in the body, not in Credits (without "credits"
//     and the CreditClasses rules "sina-editor", "sina-title-source" and
//     "zhihu-author"); a full page's byline and metadata still fill
//     Credits, but the byline stays in the body too;
//   - keeps Sina's and the other portals' promotions, placeholders and
//     players;
//   - keeps the whole of a full page, its navigation, link lists, chrome
//     and footer lines included (without [PagePolicy]'s rules).
//
// To add rules to the defaults use [WithRules]; to change the defaults
// start from DefaultPolicy() and Add or Remove rules.
func WithPolicy(p *Policy) Option {
	return func(c *config) {
		if p == nil {
			c.invalid("WithPolicy(nil)")
			return
		}
		c.policy = p
	}
}

// WithRules adds rules to the policy in use: the default policy, or the
// one given by [WithPolicy]. Every rule of that policy still applies, but
// a rule whose name is already there replaces the old one, as in
// [Policy.Add]. The policy itself is not changed.
func WithRules(rules ...Rule) Option {
	return func(c *config) { c.extra = append(c.extra, rules...) }
}

// WithRemovals asks Parse to report everything cleaning drops in
// [Document.Removed], each piece with the name of its rule. By default
// nothing is reported.
func WithRemovals() Option {
	return func(c *config) { c.removals = true }
}

// WithLocation sets the location of dates written without a zone, such
// as "2022-05-12 06:14:46". The default is UTC+08:00, the zone of
// mainland China, Hong Kong and Taiwan. A nil location is an error.
func WithLocation(loc *time.Location) Option {
	return func(c *config) {
		if loc == nil {
			c.invalid("WithLocation(nil)")
			return
		}
		c.loc = loc
	}
}

// WithBaseURL sets the URL of the page or article, against which
// relative link and image URLs are resolved. Without it a full page's
// <base href>, canonical link or og:url is used; a post's relative URLs
// stay as written. It must be an absolute http or https URL.
func WithBaseURL(u string) Option {
	return func(c *config) {
		p, err := url.Parse(u)
		if err != nil || !p.IsAbs() || (p.Scheme != "http" && p.Scheme != "https") {
			c.invalid("WithBaseURL(%q): not an absolute http or https URL", u)
			return
		}
		c.baseURL = u
	}
}

// WithStrict makes front matter that does not parse an error
// ([*FrontMatterError]). By default Parse recovers the simple "key: value"
// lines and records a [Warning].
func WithStrict() Option {
	return func(c *config) { c.strict = true }
}

// WithMaxBytes sets the largest input Parse accepts; longer input returns
// [ErrTooLarge]. The default is [DefaultMaxBytes]; n must be positive.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			c.invalid("WithMaxBytes(%d): the limit must be positive", n)
			return
		}
		c.maxBytes = n
	}
}

// WithMaxDepth sets how deep elements may nest before Parse flattens the
// rest (their text is kept; their structure is not). The default is
// [DefaultMaxDepth]; n must be positive.
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n <= 0 {
			c.invalid("WithMaxDepth(%d): the depth must be positive", n)
			return
		}
		c.maxDepth = n
	}
}
