package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bin is the command, built once by TestMain.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsdoc-cmd-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "newsdoc")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const golden = "../../testdata/golden"

// seed is the largest golden input, a government report.
var seed = filepath.Join(golden, "seed-beijing-report", "input.md")

// outcome is what one run of the command did. Its standard output and
// error are pipes, never a terminal.
type outcome struct {
	status         int
	stdout, stderr string
}

func newsdocCmd(t testing.TB, stdin string, args ...string) outcome {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		require.NoError(t, err)
	}
	return outcome{cmd.ProcessState.ExitCode(), out.String(), errOut.String()}
}

// tree copies golden inputs into a temporary tree with subfolders, with
// a file that a walk skips, and returns its root and the walked paths in
// order.
func tree(t *testing.T) (string, []string) {
	root := filepath.Join(t.TempDir(), "posts")
	files := map[string]string{
		"2022/01/seed.md":        seed,
		"2022/01/stock.markdown": filepath.Join(golden, "sina-stock-spans", "input.md"),
		"2022/02/table.html":     filepath.Join(golden, "stcn-table-th", "input.md"),
		"cls.txt":                filepath.Join(golden, "cls-bare-text", "input.md"),
		"zhihu/figure.htm":       filepath.Join(golden, "zhihu-figure-author", "input.md"),
	}
	for name, src := range files {
		copyFile(t, src, filepath.Join(root, name))
	}
	write(t, filepath.Join(root, "2022", "notes.json"), `{"not": "an article"}`)
	return root, []string{
		filepath.Join(root, "2022/01/seed.md"),
		filepath.Join(root, "2022/01/stock.markdown"),
		filepath.Join(root, "2022/02/table.html"),
		filepath.Join(root, "cls.txt"),
		filepath.Join(root, "zhihu/figure.htm"),
	}
}

func copyFile(t *testing.T, src, dst string) {
	data, err := os.ReadFile(src)
	require.NoError(t, err)
	write(t, dst, string(data))
}

func write(t *testing.T, path, content string) {
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// jsonlPaths checks that every line of out is a JSON object whose first
// key is "path", and returns the paths.
func jsonlPaths(t *testing.T, out string) []string {
	t.Helper()
	var paths []string
	for _, line := range lines(out) {
		require.True(t, strings.HasPrefix(line, `{"path":`), "path first: %.60s", line)
		var doc struct{ Path string }
		require.NoError(t, json.Unmarshal([]byte(line), &doc))
		paths = append(paths, doc.Path)
	}
	return paths
}

var summary = regexp.MustCompile(`^newsdoc: (\d+) files, (\d+) failed, \d+\.\d MB, \d+\.\d\d s\n$`)

func TestOneFileIsIndentedJSON(t *testing.T) {
	r := newsdocCmd(t, "", seed)
	require.Equal(t, 0, r.status, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "{\n  \"meta\": {"), "indented: %.40q", r.stdout)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, "重磅！北京市政府工作报告全文发布", doc["title"])
	assert.NotContains(t, doc, "removed")
	assert.NotContains(t, doc, "path")
	assert.Empty(t, r.stderr, "one input: no summary")
}

func TestDirectoryIsJSONLinesInLexicalOrder(t *testing.T) {
	root, want := tree(t)
	r := newsdocCmd(t, "", root)
	require.Equal(t, 0, r.status, r.stderr)
	assert.Equal(t, want, jsonlPaths(t, r.stdout))
	assert.Regexp(t, summary, r.stderr)
	assert.True(t, strings.HasPrefix(r.stderr, "newsdoc: 5 files, 0 failed, "), r.stderr)

	// A directory alone is several inputs, even with one file in it.
	one := filepath.Dir(want[2])
	r = newsdocCmd(t, "", one)
	require.Equal(t, 0, r.status, r.stderr)
	assert.Equal(t, want[2:3], jsonlPaths(t, r.stdout))
}

// JSON Lines add "path" and keep the document's keys as they are.
func TestJSONLinesKeepTheDocumentKeys(t *testing.T) {
	root, want := tree(t)
	r := newsdocCmd(t, "", "-format", "jsonl", "-removed", want[0])
	require.Equal(t, 0, r.status, r.stderr)
	var line map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &line))
	assert.Equal(t, want[0], line["path"])
	delete(line, "path")
	r = newsdocCmd(t, "", "-removed", want[0])
	require.Equal(t, 0, r.status, r.stderr)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Contains(t, doc, "removed")
	assert.Equal(t, doc, line)

	// Paths are given as they were typed, relative ones included.
	cmd := exec.Command(bin, "2022/02", "-", "cls.txt")
	cmd.Dir = root
	cmd.Stdin = strings.NewReader("<p>正文</p>")
	out, err := cmd.Output()
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.FromSlash("2022/02/table.html"), "-", "cls.txt"}, jsonlPaths(t, string(out)))
}

func TestJSONOfSeveralInputsIsAStream(t *testing.T) {
	_, files := tree(t)
	r := newsdocCmd(t, "", append([]string{"-format", "json"}, files...)...)
	require.Equal(t, 0, r.status, r.stderr)
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	n := 0
	for dec.More() {
		var doc map[string]any
		require.NoError(t, dec.Decode(&doc))
		assert.NotContains(t, doc, "path")
		n++
	}
	assert.Equal(t, len(files), n)
	assert.Contains(t, r.stdout, "}\n{\n  \"meta\"")
}

func TestStdin(t *testing.T) {
	// A body alone has no meta, credits or title: they are left out.
	const want = `{"paragraphs":[{"kind":"text","text":"正文"}]}`
	for _, args := range [][]string{nil, {"-"}} {
		r := newsdocCmd(t, "<p>　　正文</p>", append([]string{"-format", "jsonl"}, args...)...)
		require.Equal(t, 0, r.status, r.stderr)
		assert.Equal(t, `{"path":"-",`+want[1:]+"\n", r.stdout)
		assert.Empty(t, r.stderr)
	}
	r := newsdocCmd(t, "<p>　　正文</p>")
	require.Equal(t, 0, r.status, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "{\n  \"paragraphs\": ["), r.stdout)
}

func TestFailingInputReportsAndContinues(t *testing.T) {
	root, files := tree(t)
	empty := filepath.Join(root, "2022", "01", "empty.md")
	unclosed := filepath.Join(root, "2022", "02", "unclosed.md")
	write(t, empty, "")
	write(t, unclosed, "\n---\ntitle: x\n<p>正文</p>")

	// A file given by name is read whatever its name; a directory is walked.
	r := newsdocCmd(t, "", files[3], empty, root)
	assert.Equal(t, 1, r.status)
	want := []string{files[3], files[0], files[1], files[2], files[3], files[4]}
	// The walk reads empty.md (again) and unclosed.md between them.
	assert.Equal(t, want, jsonlPaths(t, r.stdout), "the good inputs are still printed, in order")
	errs := lines(r.stderr)
	require.Len(t, errs, 4, r.stderr)
	assert.Equal(t, empty+": newsdoc: empty input", errs[0])
	assert.Equal(t, empty+": newsdoc: empty input", errs[1])
	assert.True(t, strings.HasPrefix(errs[2], unclosed+": newsdoc: yaml front matter, line 2: unclosed front matter"), errs[2])
	assert.Regexp(t, summary, errs[3]+"\n")
	assert.True(t, strings.HasPrefix(errs[3], "newsdoc: 9 files, 3 failed, "), errs[3])
}

// A fault of newsdoc's own fails its input with the stack where it was,
// and the batch goes on. No input is known to cause one: the result is
// made here as Parse returns it, and the renderers' guard is given a
// function that panics.
func TestInternalErrorPrintsItsStack(t *testing.T) {
	cfg := &config{paths: []string{"a.md", "b.md"}, format: "jsonl", workers: 1, multi: true}
	var out, errOut bytes.Buffer
	b := newBatch(cfg, strings.NewReader(""), &out, &errOut, func(w io.Writer) bool { return false })
	fault := &newsdoc.InternalError{Value: "index out of range", Stack: []byte("goroutine 7 [running]:\nnewsdoc.(*parser).run(...)\n")}
	b.emit(result{input: input{path: "a.md", err: fault}})
	b.emit(result{input: input{path: "b.md"}, out: []byte(`{"paragraphs":[]}`)})
	require.NoError(t, b.out.Flush())
	assert.Equal(t, "a.md: newsdoc: internal error: index out of range\ngoroutine 7 [running]:\nnewsdoc.(*parser).run(...)\n", errOut.String())
	assert.Equal(t, 2, b.files)
	assert.Equal(t, 1, b.failed)
	assert.Contains(t, out.String(), `{"paragraphs":[]}`, "the next input is still printed")

	out2, err := guarded(func() ([]byte, error) { panic(errors.New("a renderer's fault")) })
	assert.Nil(t, out2)
	require.ErrorIs(t, err, newsdoc.ErrInternal)
	var ie *newsdoc.InternalError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "newsdoc: internal error: a renderer's fault", err.Error())
	assert.Contains(t, string(ie.Stack), "TestInternalErrorPrintsItsStack", "the stack is where it panicked")
	out2, err = guarded(func() ([]byte, error) { return []byte("{}"), nil })
	require.NoError(t, err)
	assert.Equal(t, "{}", string(out2))
}

func TestOrderUnderWorkers(t *testing.T) {
	// 30 inputs, large and small in turn, so that a worker on a small
	// one finishes long before the one on the large one before it.
	dir := filepath.Join(t.TempDir(), "in")
	small := filepath.Join(golden, "cls-bare-text", "input.md")
	var want []string
	for i := range 30 {
		path := filepath.Join(dir, fmt.Sprintf("p%02d.md", i))
		copyFile(t, []string{seed, small}[i%2], path)
		want = append(want, path)
	}
	one := newsdocCmd(t, "", "-j", "1", dir)
	require.Equal(t, 0, one.status, one.stderr)
	assert.Equal(t, want, jsonlPaths(t, one.stdout))
	for _, args := range [][]string{{dir}, want} {
		r := newsdocCmd(t, "", append([]string{"-j", "8"}, args...)...)
		require.Equal(t, 0, r.status, r.stderr)
		assert.Equal(t, one.stdout, r.stdout)
	}
}

func TestOutputDirMirrorsTheTree(t *testing.T) {
	root, files := tree(t)
	for _, tc := range []struct{ format, ext string }{
		{"", ".json"}, {"json", ".json"}, {"jsonl", ".json"}, {"markdown", ".md"}, {"text", ".txt"},
	} {
		t.Run("format="+tc.format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := []string{"-o", out, root, seed, "-"}
			if tc.format != "" {
				args = append([]string{"-format", tc.format}, args...)
			}
			r := newsdocCmd(t, "<p>正文</p>", args...)
			require.Equal(t, 0, r.status, r.stderr)
			assert.Regexp(t, summary, r.stdout, "only the summary on standard output")
			assert.Empty(t, r.stderr)
			var got []string
			require.NoError(t, filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					rel, _ := filepath.Rel(out, path)
					got = append(got, filepath.ToSlash(rel))
				}
				return err
			}))
			want := []string{"2022/01/seed", "2022/01/stock", "2022/02/table", "cls", "input", "stdin", "zhihu/figure"}
			for i := range want {
				want[i] += tc.ext
			}
			assert.Equal(t, want, got)

			// Each file holds what standard output would.
			plain := newsdocCmd(t, "", "-format", orDefault(tc.format, "jsonl"), files[2])
			got2, err := os.ReadFile(filepath.Join(out, "2022", "02", "table"+tc.ext))
			require.NoError(t, err)
			assert.Equal(t, plain.stdout, string(got2))
		})
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func TestOutputDirRefusesToClobber(t *testing.T) {
	root, files := tree(t)
	r := newsdocCmd(t, "", "-o", filepath.Join(root, "out"), root)
	assert.Equal(t, 2, r.status)
	assert.Contains(t, r.stderr, "is inside the input directory")
	assert.Empty(t, r.stdout)

	// Two inputs that map to one output: the second fails.
	other := filepath.Join(t.TempDir(), "seed.md")
	copyFile(t, files[1], other)
	out := t.TempDir()
	r = newsdocCmd(t, "", "-o", out, files[0], other)
	assert.Equal(t, 1, r.status)
	assert.Equal(t, other+": "+filepath.Join(out, "seed.json")+": already written for an earlier input\n", r.stderr)
	assert.Regexp(t, summary, r.stdout)
	data, err := os.ReadFile(filepath.Join(out, "seed.json"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "重磅！北京市政府工作报告全文发布", "the first input's document stays")

	// Rerunning into the same directory overwrites the earlier run.
	r = newsdocCmd(t, "", "-o", out, files[0])
	assert.Equal(t, 0, r.status, r.stderr)
}

func TestNoProgressOnAPipe(t *testing.T) {
	root, _ := tree(t)
	r := newsdocCmd(t, "", "-j", "2", root)
	require.Equal(t, 0, r.status, r.stderr)
	assert.Regexp(t, summary, r.stderr, "the summary and nothing else")
	assert.NotContains(t, r.stderr, "\r")
	assert.NotContains(t, r.stderr, "\x1b")
}

// On a terminal, the progress line is redrawn in place, and cleared before
// an error or the summary is printed. Run in-process, with a terminal
// pretended.
func TestProgressOnATerminal(t *testing.T) {
	defer func(d time.Duration) { refresh = d }(refresh)
	refresh = time.Millisecond
	dir := t.TempDir()
	for i := range 30 {
		copyFile(t, seed, filepath.Join(dir, fmt.Sprintf("p%02d.md", i)))
	}
	empty := filepath.Join(dir, "p15.md")
	write(t, empty, "")
	var out, errOut bytes.Buffer
	terminal := func(w io.Writer) bool { return w == &errOut }
	status := run([]string{"-j", "1", dir}, strings.NewReader(""), &out, &errOut, terminal)
	require.Equal(t, 1, status, errOut.String())
	assert.Len(t, lines(out.String()), 29)

	progress := regexp.MustCompile(`\r\d+ files, \d+ files/s, \d+\.\d MB/s, [01] failed\x1b\[K`)
	stderr := errOut.String()
	assert.NotEmpty(t, progress.FindAllString(stderr, -1), "progress drawn: %q", stderr)
	assert.NotRegexp(t, `failed\x1b\[K[^\r]`, stderr, "a progress line is redrawn or cleared, never written after")
	text := strings.ReplaceAll(progress.ReplaceAllString(stderr, ""), "\r\x1b[K", "")
	assert.Regexp(t, `^`+regexp.QuoteMeta(empty)+`: newsdoc: empty input\nnewsdoc: 30 files, 1 failed, \d+\.\d MB, \d+\.\d\d s\n$`, text)

	// One input on a terminal still gets its summary.
	refresh = time.Hour
	errOut.Reset()
	status = run([]string{"-"}, strings.NewReader("<p>正文</p>"), io.Discard, &errOut, terminal)
	assert.Equal(t, 0, status)
	assert.Regexp(t, summary, errOut.String())
}

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		status int
	}{
		{"one file", []string{seed}, 0},
		{"failing file", []string{seed, os.DevNull}, 1},
		{"unknown flag", []string{"-compact", seed}, 2},
		{"bad format", []string{"-format", "yaml", seed}, 2},
		{"no workers", []string{"-j", "0", seed}, 2},
		{"negative workers", []string{"-j", "-3", seed}, 2},
		{"bad workers", []string{"-j", "two", seed}, 2},
		{"missing path", []string{seed, "no/such/file.md"}, 2},
		{"-o without a directory", []string{"-o"}, 2},
		{"-rules with an argument", []string{"-rules", seed}, 2},
		{"-version with an argument", []string{"-version", "x"}, 2},
		{"help", []string{"-h"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newsdocCmd(t, "", tc.args...)
			assert.Equal(t, tc.status, r.status, r.stderr)
			if tc.status == 2 {
				assert.Empty(t, r.stdout)
				assert.NotEmpty(t, r.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, flag := range []string{"-h", "-help", "--help"} {
		r := newsdocCmd(t, "", flag)
		assert.Equal(t, 0, r.status)
		assert.True(t, strings.HasPrefix(r.stdout, "usage: newsdoc [flags] [PATH...]\n"), r.stdout)
		for _, f := range []string{"-format", "-o", "-j", "-removed", "-strict", "-rules", "-version", "<!-- PATH -->", "form feed"} {
			assert.Contains(t, r.stdout, f)
		}
		assert.Empty(t, r.stderr)
	}
	r := newsdocCmd(t, "", "-nope")
	assert.Equal(t, 2, r.status)
	assert.True(t, strings.HasPrefix(r.stderr, "flag provided but not defined: -nope\nusage: newsdoc"), r.stderr)
}

func TestRules(t *testing.T) {
	r := newsdocCmd(t, "", "-rules")
	assert.Equal(t, 0, r.status)
	assert.Contains(t, r.stdout, "sina-qr: class app-kaihu-qr, appendQr_wrap")
	r = newsdocCmd(t, "", "-rules", "x")
	assert.Equal(t, 2, r.status)
	assert.Equal(t, "newsdoc: unexpected arguments: x\nrun 'newsdoc -h' for usage\n", r.stderr)
	assert.Empty(t, r.stdout)
}

func TestVersion(t *testing.T) {
	r := newsdocCmd(t, "", "-version")
	assert.Equal(t, 0, r.status)
	assert.Regexp(t, `^newsdoc (\(devel\)|v\S+)\n$`, r.stdout)
	assert.Empty(t, r.stderr)
}

func TestRemovedAndStrict(t *testing.T) {
	r := newsdocCmd(t, "", "-removed", seed)
	require.Equal(t, 0, r.status, r.stderr)
	assert.Contains(t, r.stdout, "\n  \"removed\": [")

	src := "---\ntitle: @大道无形我有型 关注了股票 台积电\n---\n<p>正文</p>"
	r = newsdocCmd(t, src, "-")
	assert.Equal(t, 0, r.status, r.stderr)
	r = newsdocCmd(t, src, "-strict", "-")
	assert.Equal(t, 1, r.status)
	assert.True(t, strings.HasPrefix(r.stderr, "-: newsdoc: yaml front matter, line 2: "), r.stderr)
	assert.Empty(t, r.stdout)
}

func parse(t *testing.T, path string) *newsdoc.Document {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	doc, err := newsdoc.Parse(f)
	require.NoError(t, err)
	return doc
}

func TestMarkdownAndText(t *testing.T) {
	_, files := tree(t)
	for _, format := range []string{"markdown", "text"} {
		t.Run(format, func(t *testing.T) {
			render := func(path string) string {
				doc := parse(t, path)
				s := doc.Text()
				if format == "markdown" {
					s = doc.Markdown()
				}
				if !strings.HasSuffix(s, "\n") {
					s += "\n"
				}
				return s
			}
			r := newsdocCmd(t, "", "-format", format, files[0])
			require.Equal(t, 0, r.status, r.stderr)
			assert.Equal(t, render(files[0]), r.stdout, "one input: the document alone")

			r = newsdocCmd(t, "", "-format", format, files[0], files[2])
			require.Equal(t, 0, r.status, r.stderr)
			var want string
			if format == "markdown" {
				want = "<!-- " + files[0] + " -->\n\n" + render(files[0]) +
					"\n<!-- " + files[2] + " -->\n\n" + render(files[2])
			} else {
				want = "\f" + files[0] + "\n\n" + render(files[0]) +
					"\f" + files[2] + "\n\n" + render(files[2])
			}
			assert.Equal(t, want, r.stdout)
		})
	}
}

// corpusDir returns the shared corpus (../shared/corpus beside the
// checkout, or $NEWSDOC_CORPUS, relative to the module root).
func corpusDir(tb testing.TB) string {
	dir := os.Getenv("NEWSDOC_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "shared", "corpus")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", "..", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "hexo-sina")); err != nil {
		if os.Getenv("NEWSDOC_CORPUS") != "" {
			tb.Fatalf("NEWSDOC_CORPUS: %v", err)
		}
		tb.Skipf("this test needs the shared corpus, not found at %s: put ../shared beside the checkout or set NEWSDOC_CORPUS", dir)
	}
	return dir
}

func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	posts, err := filepath.Glob(filepath.Join(dir, "hexo-*", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, posts)
	slices.Sort(posts)
	r := newsdocCmd(t, "", filepath.Join(dir, "hexo-other"), filepath.Join(dir, "hexo-sina"))
	require.Equal(t, 0, r.status, r.stderr)
	assert.Equal(t, posts, jsonlPaths(t, r.stdout))
	assert.True(t, strings.HasPrefix(r.stderr, fmt.Sprintf("newsdoc: %d files, 0 failed, ", len(posts))), r.stderr)
}

// BenchmarkBatch runs the command over the hexo posts of the corpus,
// thirty times over (so that starting the process and walking the tree
// weigh little), with one worker and with two, and reports how much faster
// two are ("speedup": the issue asks for 1.7 on two cores). "cpus-j2" is
// the CPU time of the -j 2 runs over their wall time: well under 2 means
// the machine did not give them two cores, and the speed-up says little.
func BenchmarkBatch(b *testing.B) {
	dir := corpusDir(b)
	var args []string
	for range 30 {
		args = append(args, filepath.Join(dir, "hexo-sina"), filepath.Join(dir, "hexo-other"))
	}
	var size int64
	for _, a := range args {
		files, _ := filepath.Glob(filepath.Join(a, "*.md"))
		for _, f := range files {
			fi, err := os.Stat(f)
			require.NoError(b, err)
			size += fi.Size()
		}
	}
	timeRun := func(j string) (wall, cpu time.Duration) {
		cmd := exec.Command(bin, append([]string{"-j", j}, args...)...)
		var errOut bytes.Buffer
		cmd.Stderr = &errOut // and standard output to the null device
		start := time.Now()
		require.NoError(b, cmd.Run(), "%s", errOut.String())
		wall = time.Since(start)
		return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	var one, two, cpu2 time.Duration
	for b.Loop() {
		w1, _ := timeRun("1")
		w2, c2 := timeRun("2")
		one, two, cpu2 = one+w1, two+w2, cpu2+c2
	}
	b.ReportMetric(float64(one)/float64(two), "speedup")
	b.ReportMetric(float64(cpu2)/float64(two), "cpus-j2")
	b.ReportMetric(float64(size)/1e6/one.Seconds()*float64(b.N), "MB/s-j1")
	b.ReportMetric(float64(size)/1e6/two.Seconds()*float64(b.N), "MB/s-j2")
}

// TestTxtIsPlainText: a .txt file's body is plain text even where lines
// look like Markdown; the same bytes in a .md file are Markdown.
func TestTxtIsPlainText(t *testing.T) {
	dir := t.TempDir()
	body := "1. 设计来源\n1.1. 问题浅析\n- 续航焦虑突出：电池容量有限。\n"
	for _, name := range []string{"plan.txt", "plan.md"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	kinds := func(path string) []string {
		r := newsdocCmd(t, "", "-format", "jsonl", path)
		require.Equal(t, 0, r.status, r.stderr)
		var doc struct {
			Paragraphs []struct{ Kind, Text string } `json:"paragraphs"`
		}
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
		var out []string
		for _, p := range doc.Paragraphs {
			out = append(out, p.Kind+" "+p.Text)
		}
		return out
	}
	// (Markdown makes "1." a list item and runs "1.1." into it.)
	assert.Equal(t, []string{"text 1. 设计来源", "text 1.1. 问题浅析", "text - 续航焦虑突出：电池容量有限。"}, kinds(filepath.Join(dir, "plan.txt")))
	assert.NotEqual(t, kinds(filepath.Join(dir, "plan.txt")), kinds(filepath.Join(dir, "plan.md")))
}
