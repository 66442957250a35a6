"""What the benchmarks share: a database of their own, gunicorn on loopback, timed requests and load.

Not a benchmark itself; ``bench/dashboard.py`` and ``bench/api.py`` import it (Python puts
their folder first on the import path).
"""

import itertools
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MANAGE = [PYTHON, str(ROOT / "manage.py")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, *, gzip: bool = False) -> float:
    """One request, in seconds; ``gzip`` accepts a compressed body as a browser does (read, not inflated)."""
    headers = {"Accept-Encoding": "gzip"} if gzip else {}
    start = time.perf_counter()
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - loopback only
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - loopback only
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return time.perf_counter() - start


def percentile(values, fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Load:
    median: float  # seconds
    p95: float  # seconds
    rps: float  # requests per second, all clients together
    count: int  # requests made


_unique = itertools.count(1)


def fresh(url: str) -> str:
    """``url`` with ``{n}`` (a format field: ``{n:06d}`` too) made a number no request has used yet."""
    return url.format(n=next(_unique))


def load(url: str, *, seconds: float, threads: int, gzip: bool = False) -> Load:
    """``threads`` clients request ``url`` back to back for ``seconds``.

    ``{n}`` in the URL becomes a new value on every request (to miss a cache on purpose).
    """
    deadline = time.perf_counter() + seconds

    def client(thread: int) -> list[float]:
        times = []
        while time.perf_counter() < deadline:
            times.append(fetch(fresh(url), gzip=gzip))
        return times

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        times = [t for batch in pool.map(client, range(threads)) for t in batch]
    elapsed = time.perf_counter() - start
    return Load(statistics.median(times), percentile(times, 0.95), len(times) / elapsed, len(times))


@contextmanager
def gunicorn(env: dict, *, workers: int, ready_path: str, access_log: Path | None = None) -> Iterator[str]:
    """Serve the project on a free loopback port; yield its base URL once ``ready_path`` answers.

    With ``access_log``, gunicorn writes a line per request there (to count what reached it).
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "kptracker.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--timeout",
            "120",
            "--log-level",
            "warning",
            *(["--access-logfile", str(access_log)] if access_log else []),
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            try:
                fetch(base + ready_path)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


@contextmanager
def bench_database(env: dict, name: str) -> Iterator[str]:
    """On PostgreSQL, point ``env``'s DATABASE_URL at a fresh database ``name``, dropped afterwards.

    Yields the engine's name for the report: without DATABASE_URL, SQLite under KP_VAR_DIR.
    """
    url = env.get("DATABASE_URL")
    if not url:
        yield "SQLite"
        return
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    try:
        yield "PostgreSQL"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} (FORCE)")
