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
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from _harness import MANAGE, ROOT, bench_database, fetch, gunicorn, load, percentile

PROPOSALS, PLENARIES = 1000, 40
SEQUENTIAL = 40  # requests per latency figure
UNCACHED = 5  # uncached timeline renders
LOAD_SECONDS = 8  # per throughput figure
LOAD_THREADS = 8
WORKERS = 2  # the machine has two cores


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kp-bench-"))
    env = {**os.environ, "KP_VAR_DIR": str(work), "KP_BENCH": "1", "DJANGO_DEBUG": "0", "PYTHONUNBUFFERED": "1"}
    try:
        with bench_database(env, "kptracker_bench") as database:
            subprocess.run([*MANAGE, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
            started = time.perf_counter()
            subprocess.run(
                [*MANAGE, "generate_demo_data", f"--proposals={PROPOSALS}", f"--plenaries={PLENARIES}"],
                env=env,
                check=True,
                cwd=ROOT,
            )
            print(f"generate_demo_data: {time.perf_counter() - started:.1f} s")

            # Requests as a browser makes them: gzip accepted (the bytes are read, not inflated).
            with gunicorn(env, workers=WORKERS, ready_path="/bench/bare/") as base:
                uncached = [fetch(f"{base}/timeline/?bench={i}", gzip=True) for i in range(UNCACHED)]
                for _ in range(WORKERS * 3):  # every worker's in-process cache gets the pages
                    fetch(f"{base}/timeline/", gzip=True)
                    fetch(f"{base}/", gzip=True)
                figures = {}
                for name, path in (("timeline", "/timeline/"), ("home", "/")):
                    times = [fetch(base + path, gzip=True) for _ in range(SEQUENTIAL)]
                    figures[name] = (statistics.median(times), percentile(times, 0.95))
                size = len(urllib.request.urlopen(f"{base}/timeline/").read())  # noqa: S310 - loopback only
                gzipped = urllib.request.Request(f"{base}/timeline/", headers={"Accept-Encoding": "gzip"})  # noqa: S310
                gzip_size = len(urllib.request.urlopen(gzipped).read())  # noqa: S310 - loopback only
                timeline_rps = load(f"{base}/timeline/", seconds=LOAD_SECONDS, threads=LOAD_THREADS, gzip=True).rps
                bare_rps = load(f"{base}/bench/bare/", seconds=LOAD_SECONDS, threads=LOAD_THREADS, gzip=True).rps

            print(
                f"\nKP dashboard benchmark — {PROPOSALS} proposals × {PLENARIES} plenaries, {database}, "
                f"gunicorn {WORKERS} workers"
            )
            print(
                f"  timeline page size:                  {size / 1_000_000:.2f} MB ({gzip_size / 1000:.0f} kB gzipped)"
            )
            for name, (median, p95) in figures.items():
                print(f"  {name:<9} cached   median / p95:     {median * 1000:7.1f} ms / {p95 * 1000:7.1f} ms")
            median_uncached = statistics.median(uncached)
            print(f"  timeline uncached render, median:    {median_uncached * 1000:7.1f} ms (target < 1000 ms)")
            print(f"  timeline uncached render, slowest:   {max(uncached) * 1000:7.1f} ms")
            print(f"  throughput, {LOAD_THREADS} threads × {LOAD_SECONDS} s:")
            print(f"    timeline:                          {timeline_rps:7.1f} req/s")
            print(f"    bare view:                         {bare_rps:7.1f} req/s")
            print(f"    ratio:                             {timeline_rps / bare_rps:7.2f} (target ≥ 0.5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
