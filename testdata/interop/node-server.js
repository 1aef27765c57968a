// An echo server with the npm `ws` package on a free port; prints the port.
const WebSocket = require('ws');
const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0 }, () => {
  console.log(wss.address().port);
});
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});
