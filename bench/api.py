"""Benchmark the partner API at 1,000 proposals and 2,000 statements. Prints figures, asserts nothing.

    .venv/bin/python bench/api.py            # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/api.py
                                             # PostgreSQL, in a separate kptracker_api_bench database

It fills a fresh database with ``generate_demo_data`` (plus one history row per record, as
the admin and the loader leave), starts gunicorn on 127.0.0.1 (loopback only) with
KP_BENCH=1, which mounts the bare DRF view /api/bench/bare/ (same authentication, throttling
and rendering, no database), and loads each URL with concurrent clients: median and p95
latency under load, and requests/s, side by side with the bare view. Rate limits are raised
through the environment (per second, so the throttle's history stays short) so that
throttling neither refuses nor slows the run.
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
PROPOSALS, PLENARIES, STATEMENTS = 1000, 40, 2000
LOAD_SECONDS = 10  # per URL
LOAD_THREADS = 8
WORKERS = 2  # the machine has two cores
# Repeated URLs are answered from the response cache (keyed by URL and dataset version, as in
# production); "{n}" makes every request's URL new, to measure the work behind a cache miss.
URLS = {
    "bare view": "/api/bench/bare/",
    "reforms, 100 a page": "/api/v1/reforms/?page_size=100",
    "statements, 100 a page": "/api/v1/statements/?page_size=100",
    "reforms, cache miss": "/api/v1/reforms/?page_size=100&miss={n}",
    "statements, cache miss": "/api/v1/statements/?page_size=100&miss={n}",
}

HISTORY_SCRIPT = """
from plenaries.models import Organisation, Participant, Plenary
from reforms.models import Outcome, Position, ReformArea, ReformProposal
from statements.models import Statement
for model in (Participant, Organisation, Plenary, ReformArea, ReformProposal, Outcome, Position, Statement):
    model.history.bulk_history_create(list(model.objects.all()), batch_size=1000)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - loopback only
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return time.perf_counter() - start


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load(url: str) -> tuple[float, float, float]:
    """(median s, p95 s, requests/s) with LOAD_THREADS clients for LOAD_SECONDS."""
    deadline = time.perf_counter() + LOAD_SECONDS

    def worker(thread: int):
        times = []
        while time.perf_counter() < deadline:
            times.append(fetch(url.format(n=f"{thread}-{len(times)}")))
        return times

    start = time.perf_counter()
    with ThreadPoolExecutor(LOAD_THREADS) as pool:
        times = [t for batch in pool.map(worker, range(LOAD_THREADS)) for t in batch]
    elapsed = time.perf_counter() - start
    return statistics.median(times), percentile(times, 0.95), len(times) / elapsed


def bench_database(env: dict) -> str | None:
    """On PostgreSQL, point DATABASE_URL at a fresh kptracker_api_bench database; return its admin URL."""
    url = env.get("DATABASE_URL")
    if not url:
        return None
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS kptracker_api_bench (FORCE)")
        connection.execute("CREATE DATABASE kptracker_api_bench")
    env["DATABASE_URL"] = urlunsplit(parts._replace(path="/kptracker_api_bench"))
    return admin_url


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kp-api-bench-"))
    env = {
        **os.environ,
        "KP_VAR_DIR": str(work),
        "KP_BENCH": "1",
        "DJANGO_DEBUG": "0",
        "PYTHONUNBUFFERED": "1",
        "KP_API_ANON_RATE": "1000000/second",
        "KP_API_PARTNER_RATE": "1000000/second",
        # Persistent connections, as in production: PostgreSQL forks a process per new connection.
        "DATABASE_CONN_MAX_AGE": "60",
    }
    admin_url = bench_database(env)
    server = None
    try:
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        started = time.perf_counter()
        subprocess.run(
            [
                *manage,
                "generate_demo_data",
                f"--proposals={PROPOSALS}",
                f"--plenaries={PLENARIES}",
                f"--statements={STATEMENTS}",
            ],
            env=env,
            check=True,
            cwd=ROOT,
        )
        subprocess.run([*manage, "shell", "-c", HISTORY_SCRIPT], env=env, check=True, cwd=ROOT)
        print(f"demo data and history: {time.perf_counter() - started:.1f} s")

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
                fetch(f"{base}/api/bench/bare/")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")

        sizes = {}
        for name, path in URLS.items():
            for n in range(WORKERS * 3):  # warm every worker
                fetch(base + path.format(n=f"warm-{n}"))
            sizes[name] = len(urllib.request.urlopen(base + path.format(n="size")).read())  # noqa: S310 - loopback
        figures = {name: load(base + path) for name, path in URLS.items()}

        database = "PostgreSQL" if admin_url else "SQLite"
        bare_rps = figures["bare view"][2]
        print(
            f"\nKP partner API benchmark — {PROPOSALS} proposals, {STATEMENTS} statements, {PLENARIES} plenaries, "
            f"{database}, gunicorn {WORKERS} sync workers, {LOAD_THREADS} client threads × {LOAD_SECONDS} s each"
        )
        print(f"  {'':<24} {'body':>9} {'median':>9} {'p95':>9} {'req/s':>8} {'vs bare':>8}")
        for name, (median, p95, rps) in figures.items():
            print(
                f"  {name:<24} {sizes[name] / 1000:7.1f}kB {median * 1000:7.1f}ms {p95 * 1000:7.1f}ms "
                f"{rps:8.1f} {rps / bare_rps:8.2f}"
            )
        print("  target: each endpoint ≥ 0.33 of the bare view's requests/s (cache misses are shown for the record)")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
        if admin_url:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute("DROP DATABASE IF EXISTS kptracker_api_bench (FORCE)")


if __name__ == "__main__":
    main()
