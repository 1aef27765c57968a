// Opens a WebSocket with the npm `ws` client and reports how the handshake
// ended: "node-status: open" (then closes 1000) or "node-status: http 403"
// for a refused upgrade. Usage: node node-status.js URL [ORIGIN]
const WebSocket = require('ws');
const [url, origin] = process.argv.slice(2);
const ws = new WebSocket(url, origin ? { origin } : {});
setTimeout(() => { console.log('node-status: timeout'); process.exit(1); }, 10000);
ws.on('open', () => { console.log('node-status: open'); ws.close(1000); });
ws.on('close', () => process.exit(0));
ws.on('unexpected-response', (req, res) => { console.log('node-status: http ' + res.statusCode); process.exit(0); });
ws.on('error', (e) => { console.log('node-status: error ' + e.message); process.exit(0); });
