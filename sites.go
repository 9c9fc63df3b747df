package newsdoc

// SitesPolicy returns a fresh policy with the rule packs of the sites
// whose pages the project tests on: where each keeps its article, with
// the page the markup was seen on. On every other site [KeepArticle]'s
// scorer finds the article.
func SitesPolicy() *Policy {
	return NewPolicy()
}
