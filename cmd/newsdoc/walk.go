package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// An input is one document to parse: a file given or walked, or "-".
type input struct {
	seq  int    // position in the output
	path string // as given or walked; "-" is standard input
	root string // the PATH argument it came from
	err  error  // set when walking failed at path
}

// articleExts are the extensions read when a directory is walked.
var articleExts = map[string]bool{".md": true, ".markdown": true, ".html": true, ".htm": true, ".txt": true}

// walk calls yield with every input of paths in order: a directory's
// article files in lexical order, anything else as it is. It stops when
// yield returns false. Nothing is collected, so a tree of any size costs
// no memory here.
func walk(paths []string, yield func(input) bool) {
	for _, root := range paths {
		if root == "-" {
			if !yield(input{path: root, root: root}) {
				return
			}
			continue
		}
		stop := false
		err := filepath.WalkDir(walkRoot(root), func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				stop = !yield(input{path: path, root: root, err: err})
			case path == root && !d.IsDir(): // a file named on the command line
				stop = !yield(input{path: path, root: root})
			case d.IsDir() || !articleExts[strings.ToLower(filepath.Ext(path))]:
				return nil
			default:
				stop = !yield(input{path: path, root: root})
			}
			if stop {
				return filepath.SkipAll
			}
			return nil
		})
		if stop || err != nil {
			return
		}
	}
}

// walkRoot is root, with a separator added when root is a symbolic link to
// a directory: WalkDir does not follow links, not even at the root.
func walkRoot(root string) string {
	if fi, err := os.Lstat(root); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return root
	}
	if fi, err := os.Stat(root); err == nil && fi.IsDir() {
		return root + string(filepath.Separator)
	}
	return root
}
