#!/usr/bin/env python3
"""Open-loop load: CLIENTS simulated users, each on its own keep-alive connection, each sending one GET every PERIOD
seconds on a fixed schedule (random phase per client), whatever the server's answers take. A request's latency is
measured from the moment it was scheduled, not from when it was sent, so a slow answer that delays the next request is
counted against the server (no coordinated omission). Standard library only (asyncio, raw HTTP/1.1).

Usage: openloop.py URL SECONDS [clients=200] [period=1.0] [header ...]
Prints one line: "openloop <clients>x<rate>/s requests=<n> errors=<n> rate=<req/s> p50=<ms> p90=<ms> p99=<ms> max=<ms>".
"""
import asyncio
import random
import sys
import time
from urllib.parse import urlsplit


async def client(host, port, path, headers, period, until, latencies, errors):
    reader, writer = await asyncio.open_connection(host, port)
    request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode()
    scheduled = time.perf_counter() + random.random() * period
    try:
        while scheduled < until:
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            writer.write(request)
            status = await read_response(reader)
            latencies.append(time.perf_counter() - scheduled)
            if not status.startswith((b"2", b"3")):
                errors.append(status)
            scheduled += period
    finally:
        writer.close()


async def read_response(reader):
    """Reads one response (Content-Length or chunked body); returns its status code."""
    status = (await reader.readline()).split(b" ")
    if len(status) < 2:
        raise ConnectionError("the server closed the connection")
    length, chunked = 0, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
            await reader.readexactly(size + 2)
        await reader.readline()
    elif length:
        await reader.readexactly(length)
    return status[1]


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))] * 1000


async def main():
    url, seconds = sys.argv[1], float(sys.argv[2])
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    period = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    headers = sys.argv[5:]
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies, errors = [], []
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(*(client(parts.hostname, parts.port or 80, path, headers, period, until, latencies, errors) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    values = sorted(latencies)
    print(f"openloop {clients}x{1 / period:g}/s requests={len(values)} errors={len(errors)} rate={len(values) / elapsed:.0f} "
          f"p50={percentile(values, 0.50):.2f} p90={percentile(values, 0.90):.2f} p99={percentile(values, 0.99):.2f} "
          f"max={values[-1] * 1000:.2f}")


asyncio.run(main())
