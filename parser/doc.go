// Package parser reads QML documents into a syntax tree in which every node
// carries its file, line and column. JavaScript inside QML is delimited here
// and checked with goja's parser, so that a JavaScript syntax error is
// reported at its position in the .qml file.
package parser
