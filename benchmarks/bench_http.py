"""Load on the HTTP API: the taakstelling endpoint under 16 concurrent local clients.

Starts ``asielketen serve`` (uvicorn, extra ``api``) on a free local port in a child process, waits
until it answers, then lets 16 threads (``http.client``, one keep-alive connection each) request
``GET /v1/statushouders?halfjaar=2025-H2&gemeente=Amsterdam`` for ``seconds`` (10; 2 with
``--quick``). Reports requests per second and the p50/p99 latency; any answer other than 200 (or a
connection error) is counted, and a figure with errors is ``WRONG``. The server is stopped after.
Skipped with a message when the extra is not installed.

Run: ``python benchmarks/bench_http.py [--seconds S]``.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

from _timing import Figure, print_table

PAD = "/v1/statushouders?halfjaar=2025-H2&gemeente=Amsterdam"
CLIENTS = 16


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wacht(port: int, proces: subprocess.Popen[bytes], tijd: float = 30.0) -> None:
    einde = time.monotonic() + tijd
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise RuntimeError(f"asielketen serve stopped with status {proces.returncode}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", PAD)
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("asielketen serve did not answer within 30 s")


def measure(seconds: float) -> list[Figure]:
    """Requests per second and p50/p99 latency (ms) of the taakstelling endpoint."""
    if importlib.util.find_spec("starlette") is None or importlib.util.find_spec("uvicorn") is None:
        print("\nnote: the api extra is not installed; the HTTP load figure is skipped", end="")
        return []
    port = _vrije_poort()
    proces = subprocess.Popen(
        [sys.executable, "-m", "asielketen", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wacht(port, proces)
        tijden: list[list[float]] = [[] for _ in range(CLIENTS)]
        fouten = [0] * CLIENTS
        start = threading.Barrier(CLIENTS + 1)
        einde = [0.0]

        def client(i: int) -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            start.wait()
            while time.perf_counter() < einde[0]:
                t0 = time.perf_counter()
                try:
                    c.request("GET", PAD)
                    r = c.getresponse()
                    r.read()
                    ok = r.status == 200
                except OSError:
                    ok = False
                    c.close()
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                tijden[i].append(time.perf_counter() - t0)
                fouten[i] += not ok
            c.close()

        draden = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
        for d in draden:
            d.start()
        t0 = time.perf_counter()
        einde[0] = t0 + seconds
        start.wait()
        for d in draden:
            d.join()
        duur = time.perf_counter() - t0
    finally:
        proces.send_signal(signal.SIGINT if os.name != "nt" else signal.SIGTERM)
        try:
            proces.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proces.kill()
    alle = sorted(t for ts in tijden for t in ts)
    n, fout = len(alle), sum(fouten)
    p50 = statistics.median(alle) if alle else float("nan")
    p99 = alle[min(n - 1, int(n * 0.99))] if alle else float("nan")
    noot = f"{n} requests, {fout} errors, {CLIENTS} clients, {seconds:g} s"
    ok = fout == 0 and n > 0
    return [
        Figure("http", "taakstelling endpoint: requests/s", n / duur, "req/s", note=noot, ok=ok),
        Figure("http", "taakstelling endpoint: p50 latency", p50, "ms", note=noot, ok=ok),
        Figure("http", "taakstelling endpoint: p99 latency", p99, "ms", note=noot, ok=ok),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    figures = measure(args.seconds)
    print()
    print_table(figures)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
