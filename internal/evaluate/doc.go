// Package evaluate measures article extraction from full news pages
// against gold: newsdoc's and, in the _benchmark module, its peers'
// (go-trafilatura, go-readability), on the same pages with the same gold.
//
// [LoadGold] gathers the gold of each page: the peers' own test gold that
// ships beside the corpus pages (trafilatura, htmldate, Mozilla
// Readability, newspaper4k) and hand gold from testdata/pages/gold. [Score]
// compares one [Extraction] with one page's [Gold]; [Summarize] and
// [Comparison.Markdown] aggregate the scores per split (dev, heldout, all).
//
// Every comparison first folds both sides with [Fold]: NFC, no white space,
// full-width ASCII letters and digits made half-width. The measures are
// described at [Score]. Two choices to keep in mind when reading the
// numbers:
//
//   - Authors are scored on pages whose gold names authors, and on pages
//     whose hand gold says nobody is credited (a system that names an
//     author there, an editor or an account, is wrong). A page with no
//     hand gold whose peers' gold names nobody is not scored.
//   - Readability's gold titles may keep the site suffix ("…_科技_腾讯网");
//     they count only where no hand title exists ([Gold.TitleNote]).
//
// The package depends only on the standard library, golang.org/x/text and
// golang.org/x/net, so it can live in the library's module without pulling
// the peers in.
package evaluate
