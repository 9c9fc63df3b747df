// Command newsdoc parses scraped Chinese news articles (Hexo posts, HTML
// bodies and pages, Markdown or plain text) and prints each as a JSON,
// Markdown or text document.
//
// Usage:
//
//	newsdoc [flags] [PATH...]
//
// A PATH is a file, a directory or "-". A directory is walked recursively
// and its files ending in .md, .markdown, .html, .htm or .txt are read in
// lexical order; a file named on the command line is read whatever its
// name. "-", or no PATH at all, reads standard input. The body of a .txt
// file is read as plain text; of any other input, its markup is told from
// its bytes.
//
// Formats (-format):
//
//	json      indented JSON, one document after another; the default for
//	          one input
//	jsonl     JSON Lines: one object per line whose first key, "path", is
//	          the input's path as given or walked ("-" for standard input),
//	          followed by the document's keys; the default for several
//	          inputs or a directory
//	markdown  Document.Markdown
//	text      Document.Text
//
// When several inputs are printed to standard output as markdown, each
// document is preceded by a line "<!-- PATH -->" and a blank line (and
// separated from the previous one by a blank line); as text, each is
// preceded by a line made of a form feed and PATH ("\fPATH"), then a
// blank line.
//
// Flags:
//
//	-format F  json, jsonl, markdown or text (see above)
//	-o DIR     write one file per input under DIR, mirroring the tree of
//	           each PATH (a file PATH gives DIR/its base name, standard
//	           input DIR/stdin), with the extension .json, .md or .txt;
//	           standard output then gets only the summary line
//	-j N       parse with N workers (default: the number of CPUs); the
//	           output is in input order whatever N; the garbage collector
//	           runs at GOGC=400 unless the environment sets GOGC
//	-removed   report what cleaning dropped, by rule, in "removed"
//	-strict    fail on front matter that does not parse instead of recovering
//	-rules     list the default removal rules and exit
//	-version   print the module version and exit
//	-h, -help  print the usage and exit
//
// Inputs are parsed concurrently but printed in order; at most 4×N parsed
// documents wait for an earlier, slower one.
//
// When standard error is a terminal, a progress line (files done, files/s,
// MB/s, failures) is refreshed there at most every 200 ms. A summary line
// (files, failures, MB, seconds) goes to standard error when it is a
// terminal or when there are several inputs, and to standard output with -o.
//
// An input that fails prints "PATH: error" on standard error and the others
// are still printed. A fault of newsdoc's own (an *newsdoc.InternalError,
// in parsing or rendering) prints the stack where it was after the error.
//
// Exit status: 0 when every input was parsed, 1 when any failed, 2 for bad
// usage (an unknown flag, a bad -format, -j below 1, a PATH that does not
// exist, -o inside a directory PATH, extra arguments to -rules or -version).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/newsdoc/newsdoc"
	"golang.org/x/term"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// Each document's garbage dies with it and the live heap is a few
		// documents: collecting less often makes a batch about a fifth
		// faster and lets two workers scale (the collector otherwise
		// takes the second core from one worker). GOGC set by the user
		// wins.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal))
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// config is what the command line asks for.
type config struct {
	paths   []string
	format  string
	outDir  string
	workers int
	multi   bool // several inputs or a directory: JSON Lines by default, separators, summary
	opts    []newsdoc.Option
}

const usageHead = `usage: newsdoc [flags] [PATH...]

Parses news articles and prints each as a document. A PATH is a file, a
directory (its .md, .markdown, .html, .htm and .txt files, recursively, in
lexical order) or "-" for standard input; no PATH reads standard input.
A .txt file's body is read as plain text.

Formats (-format):
  json      indented JSON (the default for one input)
  jsonl     one JSON object per line, "path" first (the default for several
            inputs or a directory)
  markdown  Markdown; several documents on standard output are each preceded
            by a line "<!-- PATH -->"
  text      plain text; several documents on standard output are each
            preceded by a line of a form feed and PATH

Flags:
`

const usageTail = `
Progress goes to standard error when it is a terminal. A failing input prints
"PATH: error" on standard error (a fault of newsdoc's own, the stack after it)
and the others go on.
Exit status: 0 if all inputs were parsed, 1 if any failed, 2 for bad usage.
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, isTerminal func(io.Writer) bool) int {
	cfg, status := parseArgs(args, stdout, stderr)
	if cfg == nil {
		return status
	}
	b := newBatch(cfg, stdin, stdout, stderr, isTerminal)
	return b.run()
}

// parseArgs reads the command line. A nil config means the command is done
// (usage, -rules, -version, or an error) and exits with the status.
func parseArgs(args []string, stdout, stderr io.Writer) (*config, int) {
	fs := flag.NewFlagSet("newsdoc", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &config{}
	fs.StringVar(&cfg.format, "format", "", "output `format`: json, jsonl, markdown or text")
	fs.StringVar(&cfg.outDir, "o", "", "write one file per input under `DIR`, mirroring the input tree")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "parse with `N` workers")
	removed := fs.Bool("removed", false, "report what cleaning dropped, by rule, in \"removed\"")
	strict := fs.Bool("strict", false, "fail on front matter that does not parse")
	rules := fs.Bool("rules", false, "list the default removal rules and exit")
	version := fs.Bool("version", false, "print the module version and exit")
	usage := func(w io.Writer) {
		fmt.Fprint(w, usageHead)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
		fmt.Fprint(w, usageTail)
	}
	fs.Usage = func() {} // printed below, to stdout for -h
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return nil, 0
		}
		usage(stderr)
		return nil, 2
	}
	bad := func(format string, a ...any) (*config, int) {
		fmt.Fprintf(stderr, "newsdoc: "+format+"\n", a...)
		fmt.Fprintln(stderr, "run 'newsdoc -h' for usage")
		return nil, 2
	}
	switch {
	case (*rules || *version) && fs.NArg() > 0:
		return bad("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	case *version:
		fmt.Fprintln(stdout, "newsdoc", moduleVersion())
		return nil, 0
	case *rules:
		for _, r := range newsdoc.DefaultPolicy().Rules() {
			fmt.Fprintf(stdout, "%s\n\t%s\n", r, r.Doc)
		}
		return nil, 0
	case cfg.workers < 1:
		return bad("-j %d: need at least one worker", cfg.workers)
	}
	switch cfg.format {
	case "", "json", "jsonl", "markdown", "text":
	default:
		return bad("-format %q: want json, jsonl, markdown or text", cfg.format)
	}
	cfg.paths = fs.Args()
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"-"}
	}
	cfg.multi = len(cfg.paths) > 1
	var dirs []string
	for _, p := range cfg.paths {
		if p == "-" {
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return bad("%v", err)
		}
		if fi.IsDir() {
			cfg.multi = true
			dirs = append(dirs, p)
		}
	}
	if cfg.outDir != "" {
		if d := containing(dirs, cfg.outDir); d != "" {
			return bad("-o %s is inside the input directory %s", cfg.outDir, d)
		}
	}
	if cfg.format == "" {
		cfg.format = "json"
		if cfg.multi {
			cfg.format = "jsonl"
		}
	}
	if *removed {
		cfg.opts = append(cfg.opts, newsdoc.WithRemovals())
	}
	if *strict {
		cfg.opts = append(cfg.opts, newsdoc.WithStrict())
	}
	return cfg, 0
}

// containing returns the directory of dirs that dir is, or is inside of:
// writing there would overwrite or re-read the inputs.
func containing(dirs []string, dir string) string {
	out, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for _, d := range dirs {
		in, err := filepath.Abs(d)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(in, out)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return d
		}
	}
	return ""
}

// moduleVersion is the version the binary was built at, "(devel)" when the
// build does not say.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
