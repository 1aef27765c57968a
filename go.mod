module github.com/qmlrun/qmlrun

go 1.26.8

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
)

require (
	github.com/alecthomas/repr v0.5.4 // indirect
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible // indirect
	github.com/gobwas/httphead v0.1.0 // indirect
	github.com/gobwas/ws v1.5.0 // indirect
	github.com/google/pprof v0.0.0-20230207041349-798e818bf904 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/text v0.3.8 // indirect
)
