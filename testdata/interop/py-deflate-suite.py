"""permessage-deflate against an echo server with compression on, in the
categories of Autobahn's cases 12.x (compressed messages of 16 B to 128 KiB,
text and binary, whole and fragmented) and 13.x (the offers: default,
server_no_context_takeover, server_max_window_bits 9 and 15 with and without
it, client_max_window_bits, several offers at once). Python's websockets
inflates the server's messages with zlib limited to the window it asked for
(server_max_window_bits), so a back reference beyond it fails the
connection. Exits 0 when every echo matched."""
import asyncio
import random
import sys

import websockets
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory as Offer

# Autobahn 13.x: (server_max_window_bits, server_no_context_takeover) per
# offer; 13.3/13.5 use 8, which zlib cannot produce, so this client asks
# for 9 (the server limits what it compresses the same way).
OFFERS = {
    "13.1 default": [Offer()],
    "13.2 server_no_context_takeover": [Offer(server_no_context_takeover=True)],
    "13.3 server_max_window_bits=9": [Offer(server_max_window_bits=9)],
    "13.4 server_max_window_bits=15": [Offer(server_max_window_bits=15)],
    "13.5 server_max_window_bits=9, no context takeover": [Offer(server_max_window_bits=9, server_no_context_takeover=True)],
    "13.6 server_max_window_bits=15, no context takeover": [Offer(server_max_window_bits=15, server_no_context_takeover=True)],
    "13.7 several offers": [
        Offer(server_max_window_bits=9, server_no_context_takeover=True),
        Offer(server_no_context_takeover=True),
        Offer(),
    ],
    "client_max_window_bits=9, client_no_context_takeover": [Offer(client_max_window_bits=9, client_no_context_takeover=True)],
}

SIZES = [16, 64, 256, 1024, 4096, 8192, 16384, 32768, 65536, 131072]

WORDS = "lorem ipsum dolor sit amet καλημέρα κόσμε zażółć gęślą jaźń 😀".split()


def payloads():
    """Autobahn 12.1-12.5 for each size: artificial, Hellenic/Polish/ipsum-like
    text, random and low-entropy binary."""
    rnd = random.Random(12)
    out = []
    for size in SIZES:
        words, n = [], 0
        while n < size:
            words.append(rnd.choice(WORDS))
            n += len(words[-1].encode()) + 1
        text = " ".join(words).encode()[:size].decode("utf-8", "ignore")
        low = bytes(rnd.choice(b"abcdefgh") for _ in range(size // 16)) * 16
        out += ["*" * size, text, rnd.randbytes(size), low]
    return out


PAYLOADS = payloads()


async def run(url, name, offer):
    async with websockets.connect(url, extensions=offer, compression=None, max_size=None) as ws:
        got = [str(e) for e in ws.extensions]
        if len(got) != 1 or not got[0].startswith("PerMessageDeflate("):
            sys.exit("py-deflate-suite: %s: extensions %r" % (name, got))
        for i, msg in enumerate(PAYLOADS):
            if i % 2:  # every other message in four fragments
                step = max(1, len(msg) // 4)
                await ws.send([msg[j:j + step] for j in range(0, len(msg), step)])
            else:
                await ws.send(msg)
            echo = await ws.recv()
            if echo != msg:
                sys.exit("py-deflate-suite: %s: echo of %d %s differs" % (name, len(msg), type(msg).__name__))
        await ws.close(code=1000)


async def main(url):
    for name, offer in OFFERS.items():
        await run(url, name, offer)
    print("py-deflate-suite: ok")


asyncio.run(asyncio.wait_for(main(sys.argv[1]), 60))
