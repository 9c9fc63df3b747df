// Command newsdoc parses scraped Chinese news articles (Hexo posts: front
// matter and an HTML body) and prints each as a JSON document.
//
// Usage:
//
//	newsdoc [flags] FILE...
//
// With one FILE the document is printed indented; with several, one JSON
// object per line. FILE "-" reads standard input. A file that fails prints
// "FILE: error" on standard error, the others are still printed, and the
// exit status is 1.
//
// Flags:
//
//	-removed   report what cleaning dropped, by rule, in "removed"
//	-strict    fail on front matter that does not parse instead of recovering
//	-compact   print one JSON object per line even for a single file
//	-rules     list the default removal rules and exit
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsdoc/newsdoc"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsdoc", flag.ContinueOnError)
	fs.SetOutput(stderr)
	removed := fs.Bool("removed", false, "report what cleaning dropped, by rule")
	strict := fs.Bool("strict", false, "fail on front matter that does not parse")
	compact := fs.Bool("compact", false, "one JSON object per line even for a single file")
	rules := fs.Bool("rules", false, "list the default removal rules and exit")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsdoc [flags] FILE... (FILE - reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *rules {
		for _, r := range newsdoc.DefaultPolicy().Rules() {
			fmt.Fprintf(out, "%s\n\t%s\n", r, r.Doc)
		}
		return 0
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var opts []newsdoc.Option
	if *removed {
		opts = append(opts, newsdoc.WithRemovals())
	}
	if *strict {
		opts = append(opts, newsdoc.WithStrict())
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if fs.NArg() == 1 && !*compact {
		enc.SetIndent("", "  ")
	}
	status := 0
	for _, name := range fs.Args() {
		doc, err := parseFile(name, stdin, opts)
		if err == nil {
			err = enc.Encode(doc)
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			status = 1
		}
	}
	return status
}

func parseFile(name string, stdin io.Reader, opts []newsdoc.Option) (*newsdoc.Document, error) {
	if name == "-" {
		return newsdoc.Parse(stdin, opts...)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return newsdoc.Parse(f, opts...)
}
