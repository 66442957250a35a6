"""Benchmark the public dashboard at 1,000 proposals × 40 plenaries. Prints figures, asserts nothing.

    .venv/bin/python bench/dashboard.py            # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python bench/dashboard.py
                                                   # PostgreSQL, in a separate kptracker_bench database

It fills a fresh database with ``generate_demo_data``, starts gunicorn (2 sync workers) on
127.0.0.1 (loopback only) with KP_BENCH=1, which mounts a bare /bench/bare/ view, and measures,
as a browser asks (gzip accepted):
- the uncached timeline and home page, one request at a time (a new query string each time
  misses the page cache);
- the cached pages' latency, and the cached timeline's requests/s against the bare view's;
- with nginx installed, the same cached timeline through nginx in front of gunicorn
  (deploy/nginx/kptracker.conf.template), and how many of those requests reached gunicorn.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _harness import MANAGE, ROOT, bench_database, fetch, free_port, gunicorn, load, percentile

sys.path.insert(0, str(ROOT / "scripts"))
from nginx_config import find_nginx, nginx_config  # scripts/ is not a package

PROPOSALS, PLENARIES = 1000, 40
SEQUENTIAL = 40  # requests per cached latency figure
UNCACHED = 9  # uncached renders per page
LOAD_SECONDS = 8  # per throughput figure
LOAD_THREADS = 8
WORKERS = 2  # the machine has two cores
TIMELINE, HOME = "/en/timeline/", "/en/"


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
            subprocess.run([*MANAGE, "collectstatic", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)

            access_log = work / "gunicorn-access.log"
            with gunicorn(env, workers=WORKERS, ready_path="/bench/bare/", access_log=access_log) as base:
                uncached = {
                    name: [fetch(f"{base}{path}?bench={i}", gzip=True) for i in range(UNCACHED)]
                    for name, path in (("timeline", TIMELINE), ("home", HOME))
                }
                for _ in range(WORKERS * 3):  # every worker's in-process cache gets the pages
                    fetch(base + TIMELINE, gzip=True)
                    fetch(base + HOME, gzip=True)
                cached = {}
                for name, path in (("timeline", TIMELINE), ("home", HOME)):
                    times = [fetch(base + path, gzip=True) for _ in range(SEQUENTIAL)]
                    cached[name] = (statistics.median(times), percentile(times, 0.95))
                size = len(urllib.request.urlopen(base + TIMELINE).read())  # noqa: S310 - loopback only
                gzipped = urllib.request.Request(base + TIMELINE, headers={"Accept-Encoding": "gzip"})  # noqa: S310
                gzip_size = len(urllib.request.urlopen(gzipped).read())  # noqa: S310 - loopback only
                timeline_rps = load(base + TIMELINE, seconds=LOAD_SECONDS, threads=LOAD_THREADS, gzip=True).rps
                bare_rps = load(f"{base}/bench/bare/", seconds=LOAD_SECONDS, threads=LOAD_THREADS, gzip=True).rps
                proxied = _through_nginx(work, env, base, access_log)

            print(
                f"\nKP dashboard benchmark — {PROPOSALS} proposals × {PLENARIES} plenaries, {database}, "
                f"gunicorn {WORKERS} sync workers"
            )
            print(f"  timeline page size:                 {size / 1e6:.2f} MB ({gzip_size / 1000:.0f} kB gzipped)")
            for name, times in uncached.items():
                print(
                    f"  {name:<9} uncached, median / slowest: {statistics.median(times) * 1000:7.1f} ms / "
                    f"{max(times) * 1000:7.1f} ms (target ≤ 300 ms median)"
                )
            for name, (median, p95) in cached.items():
                print(f"  {name:<9} cached,   median / p95:     {median * 1000:7.1f} ms / {p95 * 1000:7.1f} ms")
            print(f"  throughput, {LOAD_THREADS} threads × {LOAD_SECONDS} s:")
            print(f"    cached timeline:                  {timeline_rps:7.1f} req/s")
            print(f"    bare view:                        {bare_rps:7.1f} req/s")
            print(f"    ratio:                            {timeline_rps / bare_rps:7.2f} (target ≥ 0.7)")
            if proxied is None:
                print("  through nginx: not measured (nginx is not installed)")
            else:
                rps, median, reached, total = proxied
                print(f"  through nginx, cached timeline:     {rps:7.1f} req/s, median {median * 1000:.1f} ms")
                print(f"    requests that reached gunicorn:   {reached} of {total} (target 0)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _through_nginx(work: Path, env: dict, base: str, access_log: Path) -> tuple[float, float, int, int] | None:
    """(requests/s, median latency, requests gunicorn saw, requests made) for the cached timeline via nginx."""
    nginx = find_nginx()
    if nginx is None:
        return None
    proxy_dir = work / "nginx"
    proxy_dir.mkdir()
    port = free_port()
    config = nginx_config(
        proxy_dir, listen=f"127.0.0.1:{port}", upstream=base.removeprefix("http://"), static_root=work / "staticfiles"
    )
    proxy = subprocess.Popen([nginx, "-c", str(config), "-p", str(proxy_dir)], env=env)
    try:
        url = f"http://127.0.0.1:{port}{TIMELINE}"
        for _ in range(50):
            try:
                fetch(url, gzip=True)  # the first one fills nginx's cache
                break
            except OSError:
                time.sleep(0.1)
        before = _timeline_requests(access_log)
        result = load(url, seconds=LOAD_SECONDS, threads=LOAD_THREADS, gzip=True)
        return result.rps, result.median, _timeline_requests(access_log) - before, result.count
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)


def _timeline_requests(access_log: Path) -> int:
    return access_log.read_text().count(f"GET {TIMELINE} ")


if __name__ == "__main__":
    main()
