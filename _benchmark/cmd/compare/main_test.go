package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	root := t.TempDir()
	corpus := filepath.Join(root, "html")
	pages := filepath.Join(root, "pages")
	for path, data := range map[string]string{
		filepath.Join(corpus, "trafilatura_x.html"): `<html><head><title>标题甲_网站</title>
<meta property="article:published_time" content="2021-03-22T08:01:00+08:00"></head>
<body><nav>首页 新闻 体育</nav><article><h1>标题甲</h1><p>` + strings.Repeat("正文第一段写得很长，说明事情的来龙去脉。", 20) + `</p>
<p>` + strings.Repeat("第二段继续讲。", 30) + `</p></article><footer>ICP证010042号</footer></body></html>`,
		filepath.Join(corpus, "trafilatura_x.expected.json"): `{"url": "https://example.com/a.html", "title": "标题甲", "author": "",
			"date": "2021-03-22", "with": ["来龙去脉"], "without": ["ICP证010042号"]}`,
		filepath.Join(pages, "gold", "h.json"):    `{"page": "h.html", "dir": "heldout", "split": "heldout", "title": "乙", "in": ["乙文"]}`,
		filepath.Join(pages, "heldout", "h.html"): `<html><head><title>乙</title></head><body><p>乙文</p></body></html>`,
	} {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if err := run(&out, &errOut, corpus, pages, 2, true, false); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"# newsdoc and peers on 2 pages with gold (1 dev, 1 held-out)",
		"| dev | newsdoc | go-trafilatura | go-readability |",
		"| heldout | newsdoc | go-trafilatura | go-readability |",
		"| all | newsdoc | go-trafilatura | go-readability |",
		"| pages | 2 | 2 | 2 |",
		"median of 2 runs",
		"corpus/trafilatura_x.html [dev, example.com; gold: trafilatura]",
		"heldout/h.html [heldout, ; gold: hand]",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if errOut.Len() > 0 {
		t.Logf("stderr: %s", errOut.String())
	}
}
