"""A Python websockets server whose paths each behave one way, for the QML
client py-server-client.qml: an echo, closes with a code and reason,
fragmented and large messages, a ping, an abort, a refused handshake and a
subprotocol. Prints its port, then serves until killed."""
import asyncio
import http
import sys

import websockets


async def handler(ws, path):
    if path == "/echo":
        async for m in ws:
            await ws.send(m)
    elif path == "/close4001":
        await ws.send("bye")
        await ws.close(4001, "custom reason é")
    elif path == "/frag":
        await ws.send(["frag", "men", "ted ", "€"])
        await ws.send([b"\x00\x01", b"\x02"])
        await ws.recv()
    elif path == "/big":
        await ws.send("x" * (5 << 20))
        await ws.send(bytes(3 << 20))
        await ws.recv()
    elif path == "/ping":
        pong = await ws.ping(b"hello")
        await asyncio.wait_for(pong, 5)
        await ws.send("pong ok")
        await ws.recv()
    elif path == "/abort":
        await ws.send("about to abort")
        await asyncio.sleep(0.1)
        ws.transport.abort()
    elif path == "/close1001":
        await ws.close(1001, "going away")
    elif path == "/protocol":
        await ws.send("protocol " + str(ws.subprotocol))
        await ws.recv()
    else:
        await ws.close(4404, "unknown path")


async def process_request(path, headers):
    if path == "/reject":
        return http.HTTPStatus.FORBIDDEN, [], b"no\n"
    return None


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0, max_size=None, compression=None,
                                process_request=process_request,
                                subprotocols=["chat"]) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


asyncio.run(main())
