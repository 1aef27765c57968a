"""Drives an echo server with Python's websockets client: text, binary, a
large message and ordering. Exits 0 when every echo matched."""
import asyncio
import os
import sys

import websockets


async def main(url):
    async with websockets.connect(url, max_size=None) as ws:
        # EXPECT_EXTENSIONS: the extension the server must have accepted.
        want = os.environ.get("EXPECT_EXTENSIONS")
        got = [e.name for e in ws.extensions]
        if want is not None and got != [want]:
            sys.exit("py-client: extensions %r, want %r" % (got, want))
        for msg in ["hello", "héllo 日本 😀", bytes(range(256)), "y" * (1 << 20), b""]:
            await ws.send(msg)
            echo = await ws.recv()
            if echo != msg:
                sys.exit("py-client: echo mismatch")
        for n in range(200):
            await ws.send("m%d" % n)
        for n in range(200):
            got = await ws.recv()
            if got != "m%d" % n:
                sys.exit("py-client: out of order: %r" % got)
        await ws.close(code=1000)
    print("py-client: ok")


asyncio.run(asyncio.wait_for(main(sys.argv[1]), 20))
