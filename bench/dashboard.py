"""Benchmark the public dashboard at 1,000 proposals × 40 plenaries. Prints figures, asserts nothing.

    .venv/bin/python bench/dashboard.py            # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/dashboard.py
                                                   # PostgreSQL, in a separate kptracker_bench database

It fills a fresh database with ``generate_demo_data``, starts gunicorn on 127.0.0.1 (loopback
only) with KP_BENCH=1, which mounts a bare /bench/bare/ view, and measures:
latency of the cached timeline and home page, the uncached timeline (a new query string each
time misses the page cache), and requests/s of the timeline against the bare view.
"""

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PROPOSALS, PLENARIES = 1000, 40
SEQUENTIAL = 40  # requests per latency figure
UNCACHED = 5  # uncached timeline renders
LOAD_SECONDS = 8  # per throughput figure
LOAD_THREADS = 8
WORKERS = 2  # the machine has two cores


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> float:
    """One request, like a browser: it accepts gzip (the bytes are read, not inflated)."""
    start = time.perf_counter()
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})  # noqa: S310 - loopback only
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - loopback only
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return time.perf_counter() - start


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def throughput(url: str) -> float:
    deadline = time.perf_counter() + LOAD_SECONDS

    def worker():
        done = 0
        while time.perf_counter() < deadline:
            fetch(url)
            done += 1
        return done

    start = time.perf_counter()
    with ThreadPoolExecutor(LOAD_THREADS) as pool:
        total = sum(pool.map(lambda _: worker(), range(LOAD_THREADS)))
    return total / (time.perf_counter() - start)


def bench_database(env: dict) -> str | None:
    """On PostgreSQL, point DATABASE_URL at a fresh kptracker_bench database; return its admin URL."""
    url = env.get("DATABASE_URL")
    if not url:
        return None
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS kptracker_bench")
        connection.execute("CREATE DATABASE kptracker_bench")
    env["DATABASE_URL"] = urlunsplit(parts._replace(path="/kptracker_bench"))
    return admin_url


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kp-bench-"))
    env = {**os.environ, "KP_VAR_DIR": str(work), "KP_BENCH": "1", "DJANGO_DEBUG": "0", "PYTHONUNBUFFERED": "1"}
    admin_url = bench_database(env)
    server = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        started = time.perf_counter()
        subprocess.run(
            [*manage, "generate_demo_data", f"--proposals={PROPOSALS}", f"--plenaries={PLENARIES}"],
            env=env,
            check=True,
            cwd=ROOT,
        )
        print(f"generate_demo_data: {time.perf_counter() - started:.1f} s")

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
                str(WORKERS),
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        for _ in range(100):
            try:
                fetch(f"{base}/bench/bare/")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")

        uncached = [fetch(f"{base}/timeline/?bench={i}") for i in range(UNCACHED)]
        for _ in range(WORKERS * 3):  # every worker's in-process cache gets the pages
            fetch(f"{base}/timeline/")
            fetch(f"{base}/")
        figures = {}
        for name, path in (("timeline", "/timeline/"), ("home", "/")):
            times = [fetch(base + path) for _ in range(SEQUENTIAL)]
            figures[name] = (statistics.median(times), percentile(times, 0.95))
        size = len(urllib.request.urlopen(f"{base}/timeline/").read())  # noqa: S310 - loopback only
        gzipped = urllib.request.Request(f"{base}/timeline/", headers={"Accept-Encoding": "gzip"})  # noqa: S310
        gzip_size = len(urllib.request.urlopen(gzipped).read())  # noqa: S310 - loopback only
        timeline_rps = throughput(f"{base}/timeline/")
        bare_rps = throughput(f"{base}/bench/bare/")

        database = "PostgreSQL" if admin_url else "SQLite"
        print(
            f"\nKP dashboard benchmark — {PROPOSALS} proposals × {PLENARIES} plenaries, {database}, "
            f"gunicorn {WORKERS} workers"
        )
        print(f"  timeline page size:                  {size / 1_000_000:.2f} MB ({gzip_size / 1000:.0f} kB gzipped)")
        for name, (median, p95) in figures.items():
            print(f"  {name:<9} cached   median / p95:     {median * 1000:7.1f} ms / {p95 * 1000:7.1f} ms")
        print(f"  timeline uncached render, median:    {statistics.median(uncached) * 1000:7.1f} ms (target < 1000 ms)")
        print(f"  timeline uncached render, slowest:   {max(uncached) * 1000:7.1f} ms")
        print(f"  throughput, {LOAD_THREADS} threads × {LOAD_SECONDS} s:")
        print(f"    timeline:                          {timeline_rps:7.1f} req/s")
        print(f"    bare view:                         {bare_rps:7.1f} req/s")
        print(f"    ratio:                             {timeline_rps / bare_rps:7.2f} (target ≥ 0.5)")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
        if admin_url:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute("DROP DATABASE IF EXISTS kptracker_bench (FORCE)")


if __name__ == "__main__":
    main()
