// An echo server with the npm `ws` package on a free port; prints the port.
// With DEFLATE set it accepts permessage-deflate, compresses every message,
// and first sends "extensions: " and what was negotiated.
const WebSocket = require('ws');
const deflate = !!process.env.DEFLATE;
const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0, perMessageDeflate: deflate ? { threshold: 0 } : false }, () => {
  console.log(wss.address().port);
});
wss.on('connection', (ws) => {
  if (deflate) ws.send('extensions: ' + ws.extensions);
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});
