"""Run the docker-compose stack without Docker: gunicorn + Celery worker + beat
against the PostgreSQL and Redis named by DATABASE_URL and REDIS_URL.

    make stack          # serve until Ctrl-C
    make stack-check    # start, check /healthz and the worker answer, stop (used by CI)
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _require_services() -> None:
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not os.environ.get(name)]
    if missing:
        sys.exit(
            f"make stack needs {' and '.join(missing)}, e.g.\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/kptracker REDIS_URL=redis://127.0.0.1:6379/0 make stack"
        )


def _wait_for_health(url: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    last_error = "no answer"
    while time.monotonic() < deadline:
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
    args = parser.parse_args()
    if args.port is None:
        args.port = _free_port() if args.check else int(os.environ.get("PORT", 8000))
    _require_services()

    env = {**os.environ, "DJANGO_ENV": os.environ.get("DJANGO_ENV", "development")}
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "load_kp_dataset"], cwd=ROOT, env=env, check=True)

    var = ROOT / "var"
    var.mkdir(exist_ok=True)
    commands = {
        "web": [
            str(BIN / "gunicorn"),
            "kptracker.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            "2",
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
        health = _wait_for_health(f"http://127.0.0.1:{args.port}/healthz", timeout=60)
        print(f"web: /healthz -> {health['status']} {health['body']}")
        if args.check:
            ping = _ping_worker(env)
            if ping is None:
                return 1
            print(f"worker: {ping}")
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
