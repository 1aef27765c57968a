// Drives an echo server with the npm `ws` client: text, binary, a large
// message and ordering. Exits 0 when every echo matched.
const WebSocket = require('ws');
const url = process.argv[2];
const ws = new WebSocket(url);
const fail = (msg) => { console.error('node-client: ' + msg); process.exit(1); };
setTimeout(() => fail('timeout'), 20000);

const steps = [];
const big = 'x'.repeat(1 << 20) + 'end';
const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
steps.push({ send: 'hello', check: (d, isBin) => !isBin && d.toString() === 'hello' });
steps.push({ send: 'héllo 日本 😀', check: (d, isBin) => !isBin && d.toString() === 'héllo 日本 😀' });
steps.push({ send: binary, check: (d, isBin) => isBin && Buffer.compare(d, binary) === 0 });
steps.push({ send: big, check: (d, isBin) => !isBin && d.toString() === big });
steps.push({ send: '', check: (d, isBin) => !isBin && d.length === 0 });

let i = 0;
let ordered = 0;
ws.on('open', () => {
  // EXPECT_EXTENSIONS: the Sec-WebSocket-Extensions the server must accept.
  const want = process.env.EXPECT_EXTENSIONS;
  if (want !== undefined && !ws.extensions.startsWith(want)) fail('extensions ' + JSON.stringify(ws.extensions) + ', want ' + want);
  ws.send(steps[0].send);
});
ws.on('message', (data, isBinary) => {
  if (i < steps.length) {
    if (!steps[i].check(data, isBinary)) fail('step ' + i + ' echo mismatch');
    i++;
    if (i < steps.length) { ws.send(steps[i].send); return; }
    for (let n = 0; n < 200; n++) ws.send('m' + n);
    return;
  }
  if (data.toString() !== 'm' + ordered) fail('out of order: got ' + data + ' want m' + ordered);
  ordered++;
  if (ordered === 200) ws.close(1000, 'done');
});
ws.on('close', (code) => {
  if (ordered !== 200) fail('closed early with ' + code);
  console.log('node-client: ok');
  process.exit(0);
});
ws.on('error', (e) => fail(String(e)));
