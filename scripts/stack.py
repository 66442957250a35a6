"""Run the docker-compose stack without Docker: nginx in front of gunicorn, a Celery worker and
beat, against the PostgreSQL and Redis named by DATABASE_URL and REDIS_URL.

    make stack          # serve until Ctrl-C
    make stack-check    # start, check every part (the proxy's cache too), stop (used by CI)

nginx runs with deploy/nginx/kptracker.conf.template, the file docker-compose.yml gives its
nginx service, so both stacks cache alike. Its files (config, cache, logs) go in var/stack/.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from nginx_config import find_nginx, nginx_config

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _require_services() -> None:
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not os.environ.get(name)]
    if missing:
        sys.exit(
            f"make stack needs {' and '.join(missing)}, e.g.\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/kptracker REDIS_URL=redis://127.0.0.1:6379/0 make stack"
        )


def _wait_for_health(url: str, timeout: float, processes: dict) -> dict:
    deadline = time.monotonic() + timeout
    last_error = "no answer"
    while time.monotonic() < deadline:
        if stopped := [name for name, process in processes.items() if process.poll() is not None]:
            raise SystemExit(f"{', '.join(stopped)} stopped before {url} answered (see the messages above)")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback URL we built)
                return {"status": response.status, "body": response.read().decode()}
        except (urllib.error.URLError, OSError) as exc:
            last_error = str(exc)
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout:.0f}s: {last_error}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (loopback URL we built)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def _logged(log: Path, line: str, expected: int = 1, seconds: float = 5) -> int:
    """How often ``line`` is in gunicorn's access log: it writes a request's line just after answering."""
    deadline = time.monotonic() + seconds
    while (count := log.read_text().count(line)) < expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return count


def _check_proxy(base: str, gunicorn_log: Path) -> list[str]:
    """What the proxy must do; returns the failures (an empty list: all good)."""
    failures = []
    page = f"{base}/en/timeline/"
    status, first, _ = _get(page)
    status_again, again, _ = _get(page)
    print(f"proxy: {page} -> {status} {first.get('x-cache-status')}, then {status_again} {again.get('x-cache-status')}")
    if (status, status_again) != (200, 200) or again.get("x-cache-status") != "HIT":
        failures.append("the second request for the timeline was not served from nginx's cache")
    served = _logged(gunicorn_log, "GET /en/timeline/ ")
    print(f"proxy: gunicorn saw the timeline {served} time(s) for 2 requests")
    if served != 1:
        failures.append(f"gunicorn served the timeline {served} times, not once")
    status, headers, _ = _get(page, {"If-None-Match": again.get("etag", "")})
    if status != 304:
        failures.append(f"a conditional request with the page's ETag got {status}, not 304")
    _, headers, _ = _get(page, {"Accept-Encoding": "gzip"})
    if headers.get("content-encoding") != "gzip":
        failures.append("the timeline was not sent gzipped to a client that accepts it")
    status, headers, _ = _get(f"{base}/static/css/site.css")
    if status != 200 or "GET /static/" in gunicorn_log.read_text():
        failures.append("nginx did not serve /static/ itself")
    _, headers, _ = _get(page, {"Cookie": "sessionid=a-signed-in-editor"})
    if headers.get("x-cache-status") != "BYPASS":
        failures.append("a signed-in visitor was served from the cache, not by Django")
    status, headers, _ = _get(f"{base}/admin/login/")
    if status != 200 or headers.get("x-cache-status") == "HIT" or "csrftoken" not in headers.get("set-cookie", ""):
        failures.append("the admin's sign-in page must reach Django and keep its CSRF cookie")
    return failures


def _ping_worker(env: dict, attempts: int = 10) -> str | None:
    """The worker's answer to `celery inspect ping`, or None when it never answers."""
    output = ""
    for _ in range(attempts):
        ping = subprocess.run(
            [str(BIN / "celery"), "-A", "kptracker", "inspect", "ping", "--timeout", "10"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        output = ping.stdout + ping.stderr
        if ping.returncode == 0 and "pong" in ping.stdout:
            return ping.stdout.strip().splitlines()[-1]
        time.sleep(2)
    print(f"worker did not answer: {output}")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="start, verify, stop")
    parser.add_argument("--port", type=int, default=None, help="default 8000; --check picks a free port")
    parser.add_argument("--no-proxy", action="store_true", help="gunicorn on the port itself, without nginx")
    args = parser.parse_args()
    if args.port is None:
        args.port = _free_port() if args.check else int(os.environ.get("PORT", 8000))
    _require_services()
    nginx = None if args.no_proxy else find_nginx()
    if not args.no_proxy and nginx is None:
        sys.exit("make stack runs nginx in front of gunicorn: install it (apt install nginx), or pass --no-proxy.")

    env = {**os.environ, "DJANGO_ENV": os.environ.get("DJANGO_ENV", "development")}
    if nginx:
        env.setdefault("KP_API_NUM_PROXIES", "1")  # throttle each client, not nginx's own address
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "load_kp_dataset"], cwd=ROOT, env=env, check=True)

    var = ROOT / "var"
    work = var / "stack"
    shutil.rmtree(work, ignore_errors=True)  # a fresh cache: nothing from an earlier run is served
    work.mkdir(parents=True)
    web_port = _free_port() if nginx else args.port
    gunicorn_log = work / "gunicorn-access.log"
    commands = {
        "web": [
            str(BIN / "gunicorn"),
            "kptracker.wsgi:application",
            "--bind",
            f"127.0.0.1:{web_port}",
            "--workers",
            "2",
            "--access-logfile",
            str(gunicorn_log),
        ],
        "worker": [str(BIN / "celery"), "-A", "kptracker", "worker", "--loglevel=info", "--concurrency=2"],
        "beat": [
            str(BIN / "celery"),
            "-A",
            "kptracker",
            "beat",
            "--loglevel=info",
            "--schedule",
            str(var / "beat-schedule"),
        ],
    }
    if nginx:
        settings_probe = "from django.conf import settings; print(settings.STATIC_ROOT)"
        static_root = Path(
            subprocess.run(
                [sys.executable, "-c", f"import django; django.setup(); {settings_probe}"],
                cwd=ROOT,
                env={**env, "DJANGO_SETTINGS_MODULE": "kptracker.settings"},
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
        )
        subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        config = nginx_config(
            work, listen=f"127.0.0.1:{args.port}", upstream=f"127.0.0.1:{web_port}", static_root=static_root
        )
        commands["proxy"] = [nginx, "-c", str(config), "-p", str(work)]
    processes = {name: subprocess.Popen(cmd, cwd=ROOT, env=env) for name, cmd in commands.items()}

    def stop(*_):
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
    try:
        health = _wait_for_health(f"http://127.0.0.1:{args.port}/healthz", timeout=60, processes=processes)
        print(f"web: /healthz -> {health['status']} {health['body']}")
        if args.check:
            ping = _ping_worker(env)
            if ping is None:
                return 1
            print(f"worker: {ping}")
            failures = _check_proxy(f"http://127.0.0.1:{args.port}", gunicorn_log) if nginx else []
            for failure in failures:
                print(f"proxy: FAILED: {failure}")
            if failures:
                return 1
            crashed = [name for name, process in processes.items() if process.poll() is not None]
            if crashed:
                print(f"stopped unexpectedly: {', '.join(crashed)}")
                return 1
            print("stack OK")
            return 0
        print(f"Serving on http://127.0.0.1:{args.port} — Ctrl-C to stop.")
        while all(process.poll() is None for process in processes.values()):
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stop()


if __name__ == "__main__":
    sys.exit(main())
