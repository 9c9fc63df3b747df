package newsdoc

import "time"

// Option configures [Parse].
type Option func(*config)

// config is built once per Parse call from the options; Parse only reads it.
type config struct {
	policy   *Policy
	extra    []*Policy
	loc      *time.Location
	strict   bool
	removals bool
	maxBytes int64
	maxDepth int
	format   Format
}

// Defaults for the limits.
const (
	DefaultMaxBytes = 32 << 20 // 32 MiB: far above any article, far below a denial of service
	DefaultMaxDepth = 512      // deeper nesting is flattened
)

// chinaStandardTime is UTC+08:00, the zone of mainland Chinese portals.
var chinaStandardTime = time.FixedZone("UTC+8", 8*60*60)

func newConfig(opts []Option) *config {
	c := &config{
		loc:      chinaStandardTime,
		maxBytes: DefaultMaxBytes,
		maxDepth: DefaultMaxDepth,
	}
	for _, o := range opts {
		o(c)
	}
	if c.policy == nil {
		c.policy = defaultPolicy()
	}
	if len(c.extra) > 0 {
		merged := c.policy.Clone()
		for _, p := range c.extra {
			merged.Add(p.rules...)
		}
		c.policy = merged
	}
	return c
}

// WithPolicy replaces the default removal policy ([DefaultPolicy]) by p.
func WithPolicy(p *Policy) Option {
	return func(c *config) { c.policy = p }
}

// WithRules adds the rules of p to the policy in use (the default policy,
// or the one given by [WithPolicy]). The policy passed is not changed.
func WithRules(p *Policy) Option {
	return func(c *config) { c.extra = append(c.extra, p) }
}

// WithRemovals asks Parse to report everything cleaning drops in
// [Document.Removed], each piece with the name of its rule.
func WithRemovals() Option {
	return func(c *config) { c.removals = true }
}

// WithLocation sets the location of front matter dates written without a
// zone, such as "2022-05-12 06:14:46". The default is UTC+08:00.
func WithLocation(loc *time.Location) Option {
	return func(c *config) {
		if loc != nil {
			c.loc = loc
		}
	}
}

// WithStrict makes front matter that does not parse an error
// ([*FrontMatterError]). By default Parse recovers the simple "key: value"
// lines and records a [Warning].
func WithStrict() Option {
	return func(c *config) { c.strict = true }
}

// WithMaxBytes sets the largest input Parse accepts; longer input returns
// [ErrTooLarge]. The default is [DefaultMaxBytes].
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBytes = n
		}
	}
}

// WithMaxDepth sets how deep elements may nest before Parse flattens the
// rest (their text is kept; their structure is not). The default is
// [DefaultMaxDepth].
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxDepth = n
		}
	}
}
