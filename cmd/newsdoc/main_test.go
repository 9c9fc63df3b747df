package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seed = "../../testdata/golden/seed-beijing-report/input.md"

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestOneFileIsIndentedJSON(t *testing.T) {
	status, out, errOut := runCmd(t, "", seed)
	require.Equal(t, 0, status, errOut)
	assert.True(t, strings.HasPrefix(out, "{\n  \"meta\": {"), "indented: %.40q", out)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "重磅！北京市政府工作报告全文发布", doc["title"])
	assert.NotContains(t, doc, "removed")
}

func TestSeveralFilesOneObjectPerLine(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "b.md")
	require.NoError(t, os.WriteFile(other, []byte("---\ntitle: 乙\n---\n<p>正文</p>"), 0o644))
	status, out, _ := runCmd(t, "", "-removed", seed, other)
	require.Equal(t, 0, status)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	var a, b map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &a))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &b))
	assert.Contains(t, a, "removed")
	assert.Equal(t, "乙", b["title"])
}

func TestStdin(t *testing.T) {
	status, out, _ := runCmd(t, "<p>　　正文</p>", "-compact", "-")
	require.Equal(t, 0, status)
	assert.Equal(t, `{"meta":{},"credits":{},"title":"","paragraphs":[{"kind":"text","text":"正文"}]}`+"\n", out)
}

func TestFailingFileReportsAndContinues(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.md")
	unclosed := filepath.Join(dir, "unclosed.md")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	require.NoError(t, os.WriteFile(unclosed, []byte("\n---\ntitle: x\n<p>正文</p>"), 0o644))
	missing := filepath.Join(dir, "missing.md")
	status, out, errOut := runCmd(t, "", empty, seed, unclosed, missing)
	assert.Equal(t, 1, status)
	assert.Equal(t, 1, strings.Count(out, "\n"), "the good file is still printed, on one line")
	errs := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, errs, 3)
	assert.Equal(t, empty+": newsdoc: empty input", errs[0])
	assert.True(t, strings.HasPrefix(errs[1], unclosed+": newsdoc: yaml front matter, line 2: unclosed front matter"), errs[1])
	assert.True(t, strings.HasPrefix(errs[2], missing+": open "), errs[2])
}

func TestStrictFlag(t *testing.T) {
	src := "---\ntitle: @大道无形我有型 关注了股票 台积电\n---\n<p>正文</p>"
	status, _, _ := runCmd(t, src, "-")
	assert.Equal(t, 0, status)
	status, _, errOut := runCmd(t, src, "-strict", "-")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "-: newsdoc: yaml front matter, line 2: ")
}

func TestUsage(t *testing.T) {
	status, _, errOut := runCmd(t, "")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "usage: newsdoc")
	status, out, _ := runCmd(t, "", "-rules")
	assert.Equal(t, 0, status)
	assert.Contains(t, out, "sina-qr: class app-kaihu-qr, appendQr_wrap")
}
