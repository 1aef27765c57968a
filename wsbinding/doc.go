// Package wsbinding provides the QML module QtWebSockets (WebSocketServer and
// WebSocket) on github.com/gobwas/ws, registered through the runtime's public
// type-registration API.
package wsbinding
