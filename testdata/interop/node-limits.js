// Meets a qmlrun server's operating limits with the npm `ws` client and
// prints one line, "node-limits: ...", saying how the connection ended.
//
//   node node-limits.js idle URL WAIT_MS AUTOPONG
//       stays silent (answering pings only when AUTOPONG is 1) and prints
//       "open pings N" after WAIT_MS, or "close CODE REASON pings N" if the
//       server closes first.
//   node node-limits.js slow URL
//       sends "flood", stops reading (prints "paused"), reads again when a
//       line arrives on stdin, and prints "close CODE REASON messages>0"
//       (or "messages=0") when the connection ends.
//   node node-limits.js header URL BYTES
//       opens with an X-Big header of BYTES bytes: "open" or "http STATUS".
const WebSocket = require('ws');
const [mode, url, arg, arg2] = process.argv.slice(2);
let done = false;
function report(s) {
  if (done) return;
  done = true;
  console.log('node-limits: ' + s);
}
setTimeout(() => { report('timeout'); process.exit(1); }, 20000);

const options = {};
if (mode === 'idle') options.autoPong = arg2 === '1';
if (mode === 'header') options.headers = { 'X-Big': 'a'.repeat(Number(arg)) };
const ws = new WebSocket(url, options);
let pings = 0, messages = 0;
ws.on('ping', () => pings++);
ws.on('message', () => messages++);
ws.on('unexpected-response', (req, res) => { report('http ' + res.statusCode); process.exit(0); });
ws.on('error', (e) => { report('error ' + e.message); process.exit(0); });
ws.on('close', (code, reason) => {
  if (mode === 'slow') report(`close ${code} ${reason} messages${messages > 0 ? '>0' : '=0'}`);
  else report(`close ${code} ${reason} pings ${pings}`);
  process.exit(0);
});
ws.on('open', () => {
  switch (mode) {
    case 'idle':
      setTimeout(() => { report('open pings ' + pings); ws.close(1000); }, Number(arg));
      break;
    case 'slow':
      ws.send('flood');
      ws.pause();
      console.log('node-limits: paused');
      process.stdin.once('data', () => ws.resume());
      break;
    case 'header':
      report('open');
      ws.close(1000);
      break;
  }
});
