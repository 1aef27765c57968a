package parser

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	gojaparser "github.com/dop251/goja/parser"
)

var update = flag.Bool("update", false, "rewrite golden files")

// wordedDifferently lists the files of testdata/syntax whose error qmlrun
// reports on Qt's line but not in Qt's words or column (yet); for every
// other file the whole "LINE:COL: message" must be Qt's.
var wordedDifferently = map[string]bool{
	"binding_object_literal_ident_keys.qml": true,
	"case_13.qml":                           true,
	"case_14.qml":                           true,
	"case_15.qml":                           true,
	"case_27.qml":                           true,
	"case_28.qml":                           true,
	"spread_reserved_13.qml":                true,
}

// TestQtVerdicts compares the parser's verdict and error line with those Qt
// 6.4's own parser gave for the same files (testdata/record-verdicts.sh).
func TestQtVerdicts(t *testing.T) {
	f, err := os.Open("testdata/syntax/qt-verdicts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		name := fields[1]
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata/syntax", name))
			if err != nil {
				t.Fatal(err)
			}
			_, perr := Parse(name, string(src))
			if fields[0] == "OK" {
				if perr != nil {
					t.Fatalf("Qt accepts, qmlrun rejects: %v", perr)
				}
				return
			}
			if perr == nil {
				t.Fatalf("Qt rejects (%s), qmlrun accepts", fields[2])
			}
			var ds Diagnostics
			if !errors.As(perr, &ds) {
				t.Fatalf("error is not Diagnostics: %v", perr)
			}
			got := strings.TrimPrefix(ds[0].Error(), name+":")
			if wordedDifferently[name] {
				// Only the line is Qt's.
				qtLine := strings.SplitN(fields[2], ":", 2)[0]
				if strings.SplitN(got, ":", 2)[0] != qtLine {
					t.Errorf("error line %s, Qt says %s", ds[0].Error(), fields[2])
				}
				return
			}
			if got != fields[2] {
				t.Errorf("error %s, Qt says %s", got, fields[2])
			}
		})
		n++
	}
	if n < 30 {
		t.Fatalf("only %d verdicts", n)
	}
}

// TestASTGolden compares the syntax tree of each testdata/ast file with its
// .ast dump; -update rewrites the dumps.
func TestASTGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/ast/*.qml")
	if len(files) == 0 {
		t.Fatal("no testdata/ast files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			doc, err := Parse(filepath.Base(file), string(src))
			if err != nil {
				got.WriteString("error: " + err.Error() + "\n")
			} else {
				Dump(&got, doc)
			}
			golden := strings.TrimSuffix(file, ".qml") + ".ast"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("AST differs from %s (run go test -update and review the diff):\n%s", golden, got.String())
			}
		})
	}
}

func TestErrorsArePositioned(t *testing.T) {
	tests := []struct{ src, want string }{
		{"QtObject {", "f.qml:2:1: Expected token `}'"},
		{"QtObject { x: 1 +\n}", "f.qml:2:1: Expected token `numeric literal'"},
		{"QtObject { x: \"abc }", "f.qml:1:15: Expected token `;'"},                      // qtparse
		{"QtObject { property int a property int b }", "f.qml:1:27: Expected token `:'"}, // case_01
		{"QtObject { Item { Item { x: 1 + + } } }", "f.qml:1:35: Expected token `numeric literal'"},
		// Qt's error recovery, checked with qtparse: a parenthesised
		// expression or array literal wants a ',', a call its ')'; a token
		// that could be dropped (the next one begins the operand) is
		// unexpected; after '.' an identifier is wanted.
		{"QtObject { x: [a\n}", "f.qml:2:1: Expected token `,'"},
		{"QtObject { x: (a.b\n}", "f.qml:2:1: Expected token `,'"},
		{"QtObject { x: f(a\n}", "f.qml:2:1: Expected token `)'"},
		{"QtObject { x: (a.\n}", "f.qml:2:1: Expected token `identifier'"},
		{"QtObject { x: { var y = ;\n f() } }", "f.qml:1:25: Unexpected token `;'"},
		{"QtObject { x: a.b(\n 1 }", "f.qml:2:4: Expected token `)'"},
		{"\x00\x01\x02", "f.qml:1:1: Expected token `numeric literal'"}, // qtparse
	}
	for _, tt := range tests {
		_, err := Parse("f.qml", tt.src+"\n")
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

func TestQtOnlySyntaxReachesGojaNeutralised(t *testing.T) {
	src := "QtObject {\n x: a as QtObject\n s: \"two\nlines\"\n function f(a: int): string { return a }\n}\n"
	doc, err := Parse("f.qml", src)
	if err != nil {
		t.Fatal(err)
	}
	scripts := doc.Scripts()
	if got := scripts[0].Script.Code(); got != "a            " {
		t.Errorf("cast: code %q", got)
	}
	if got := scripts[1].Script.Code(); got != "\"two\\n\\\nlines\"" {
		t.Errorf("multi-line string: code %q", got)
	}
	if f := scripts[2].Function; f == nil || f.Params[0].Type.String() != "int" || f.Return.String() != "string" {
		t.Errorf("function annotations lost: %+v", f)
	}
}

func FuzzParse(f *testing.F) {
	for _, dir := range []string{"testdata/syntax", "testdata/ast"} {
		files, _ := filepath.Glob(dir + "/*.qml")
		for _, file := range files {
			b, _ := os.ReadFile(file)
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := Parse("fuzz.qml", src)
		if err == nil && doc.Root == nil {
			t.Fatal("no error and no root")
		}
		// The member shortcuts build what the grammar engine builds.
		grammarOnly = true
		doc2, err2 := Parse("fuzz.qml", src)
		grammarOnly = false
		if fmt.Sprint(err) != fmt.Sprint(err2) || !reflect.DeepEqual(doc, doc2) {
			t.Fatalf("shortcuts differ from the grammar: %v / %v", err, err2)
		}
		if err != nil {
			var ds Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 || ds[0].Pos.Line < 1 {
				t.Fatalf("unpositioned error %v", err)
			}
		}
	})
}

// BenchmarkParse parses every .qml file of the repository's testdata, and
// the directory in $QMLRUN_CORPUS when set, reporting MB/s.
func BenchmarkParse(b *testing.B) {
	files := qmlFiles()
	var srcs []string
	size := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		srcs = append(srcs, string(b))
		size += len(b)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, s := range srcs {
			Parse(files[i], s)
		}
	}
}

// TestSimpleScripts checks that what checkJS leaves out of goja's program
// as certainly valid is valid, and that near misses are not taken.
func TestSimpleScripts(t *testing.T) {
	for _, code := range []string{"a", "a.b.c", "true", "this.x", "null", "0", "12", "-3.25", `"text"`, `'it'`, "$_a1.b_"} {
		if !simpleScript(code) {
			t.Errorf("%q: not simple", code)
		}
		wrapped := "(function(){return (" + code + ")});"
		if _, err := gojaparser.ParseFile(nil, "t.js", wrapped, 0); err != nil {
			t.Errorf("%q: %v", code, err)
		}
	}
	for _, code := range []string{"", "a.", ".a", "a..b", "a.class", "class", "let", "yield", "await", "enum", "int",
		"a b", "a.true", "01", "1.", "1e5", "0x1", "1_0", "-", `"a\"`, `"a\nb"`, `"a`, `'a"`, "\"\u00e9\"", "a\u00e9", "a(b)", "[a]"} {
		if simpleScript(code) {
			t.Errorf("%q: simple", code)
		}
	}
}

// TestShortcutsMatchGrammar parses every .qml file of the repository (and
// of $QMLRUN_CORPUS) with and without the member shortcuts: the trees and
// errors must be the same.
func TestShortcutsMatchGrammar(t *testing.T) {
	files := qmlFiles()
	defer func() { grammarOnly = false }()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		grammarOnly = false
		doc, err := Parse(f, string(b))
		grammarOnly = true
		doc2, err2 := Parse(f, string(b))
		if fmt.Sprint(err) != fmt.Sprint(err2) || !reflect.DeepEqual(doc, doc2) {
			t.Errorf("%s: shortcuts differ from the grammar: %v / %v", f, err, err2)
		}
	}
}

// qmlFiles lists every .qml file of the repository and of $QMLRUN_CORPUS.
func qmlFiles() []string {
	var files []string
	filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".qml") {
			files = append(files, p)
		}
		return nil
	})
	if dir := os.Getenv("QMLRUN_CORPUS"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "*.qml"))
		files = append(files, more...)
	}
	return files
}
