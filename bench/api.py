"""Benchmark the partner API (and the dashboard's statement search, which reads the same rows) at 1,000
proposals and 2,000 statements. Prints figures, asserts nothing.

    .venv/bin/python bench/api.py            # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/api.py
                                             # PostgreSQL, in a separate kptracker_api_bench database

It fills a fresh database with ``generate_demo_data`` (plus one history row per record, as
the admin and the loader leave), starts gunicorn on 127.0.0.1 (loopback only) with
KP_BENCH=1, which mounts the bare DRF view /api/bench/bare/ (same authentication, throttling
and rendering, no database), and measures a cache miss one request at a time (what a partner
syncing with ``updated_since`` waits for), then loads each URL with concurrent clients: median
and p95 latency under load, and requests/s, side by side with the bare view. Rate limits are raised
through the environment (per second, so the throttle's history stays short) so that
throttling neither refuses nor slows the run.
"""

import os
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from _harness import MANAGE, ROOT, bench_database, fetch, fresh, gunicorn, load

PROPOSALS, PLENARIES, STATEMENTS = 1000, 40, 2000
SEQUENTIAL = 20  # cache misses, one at a time, per endpoint
LOAD_SECONDS = 10  # per URL
LOAD_THREADS = 8
WORKERS = 2  # the machine has two cores
# Repeated URLs are answered from the response cache (keyed by URL and dataset version, as in
# production); "{n}" makes every request's URL new, to measure the work behind a cache miss: in the API
# (which refuses parameters it does not know) as an `updated_since` long past, as a partner's sync asks.
SINCE = "updated_since=2000-01-01T00:00:00.{n:06d}Z"
URLS = {
    "bare view": "/api/bench/bare/",
    "reforms, 100 a page": "/api/v1/reforms/?page_size=100",
    "statements, 100 a page": "/api/v1/statements/?page_size=100",
    "reforms, cache miss": f"/api/v1/reforms/?page_size=100&{SINCE}",
    "statements, cache miss": f"/api/v1/statements/?page_size=100&{SINCE}",
    "API search, cache miss": f"/api/v1/statements/?q=secretariat&page_size=100&{SINCE}",
    "search page, cache miss": "/en/statements/?q=secretariat&miss={n}",
}
# Median of one cache miss at a time (no queueing behind other clients), and the target.
MISS_TARGETS = {
    "reforms, cache miss": 100,
    "statements, cache miss": 60,
    "API search, cache miss": 100,
    "search page, cache miss": 300,  # the dashboard's search, with its facet counts
}

HISTORY_SCRIPT = """
from plenaries.models import Organisation, Participant, Plenary
from reforms.models import Outcome, Position, ReformArea, ReformProposal
from statements.models import Statement
for model in (Participant, Organisation, Plenary, ReformArea, ReformProposal, Outcome, Position, Statement):
    model.history.bulk_history_create(list(model.objects.all()), batch_size=1000)
"""


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
    try:
        with bench_database(env, "kptracker_api_bench") as database:
            subprocess.run([*MANAGE, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
            started = time.perf_counter()
            subprocess.run(
                [
                    *MANAGE,
                    "generate_demo_data",
                    f"--proposals={PROPOSALS}",
                    f"--plenaries={PLENARIES}",
                    f"--statements={STATEMENTS}",
                ],
                env=env,
                check=True,
                cwd=ROOT,
            )
            subprocess.run([*MANAGE, "shell", "-c", HISTORY_SCRIPT], env=env, check=True, cwd=ROOT)
            print(f"demo data and history: {time.perf_counter() - started:.1f} s")

            with gunicorn(env, workers=WORKERS, ready_path="/api/bench/bare/") as base:
                sizes = {}
                for name, path in URLS.items():
                    for _ in range(WORKERS * 3):  # warm every worker
                        fetch(base + fresh(path))
                    sizes[name] = len(urllib.request.urlopen(base + fresh(path)).read())  # noqa: S310
                alone = {
                    name: statistics.median(fetch(base + fresh(URLS[name])) for _ in range(SEQUENTIAL))
                    for name in MISS_TARGETS
                }
                figures = {
                    name: load(base + path, seconds=LOAD_SECONDS, threads=LOAD_THREADS) for name, path in URLS.items()
                }

            bare_rps = figures["bare view"].rps
            print(
                f"\nKP partner API benchmark — {PROPOSALS} proposals, {STATEMENTS} statements, {PLENARIES} "
                f"plenaries, {database}, gunicorn {WORKERS} sync workers, {LOAD_THREADS} client threads × "
                f"{LOAD_SECONDS} s each"
            )
            print("  one request at a time (a partner's sync):")
            for name, median in alone.items():
                print(f"    {name:<24} median {median * 1000:7.1f} ms (target ≤ {MISS_TARGETS[name]} ms)")
            print(f"  under load:\n  {'':<24} {'body':>9} {'median':>9} {'p95':>9} {'req/s':>8} {'vs bare':>8}")
            for name, figure in figures.items():
                print(
                    f"  {name:<24} {sizes[name] / 1000:7.1f}kB {figure.median * 1000:7.1f}ms "
                    f"{figure.p95 * 1000:7.1f}ms {figure.rps:8.1f} {figure.rps / bare_rps:8.2f}"
                )
            print(
                "  target: each endpoint ≥ 0.33 of the bare view's requests/s (cache misses are shown for the record)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
