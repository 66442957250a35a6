"""Write docs/timeline.png: the timeline at 1440 px wide on the shipped dataset, for the README.

    make screenshot [--out docs/timeline.png]

Loads the real dataset into a temporary SQLite database, serves it with gunicorn on
127.0.0.1 and photographs it with Debian's Chromium (no downloaded browser).
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "timeline.png"))
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1100)
    options = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium")

    work = Path(tempfile.mkdtemp(prefix="kp-shot-"))
    # DEBUG serves static files straight from static/ (WhiteNoise finders); nothing leaves loopback.
    env = {**os.environ, "KP_VAR_DIR": str(work), "DJANGO_DEBUG": "1"}
    env.pop("DATABASE_URL", None)
    server = None
    try:
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*manage, "load_kp_dataset"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "kptracker.wsgi", "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
            env=env,
            cwd=ROOT,
        )
        url = f"http://127.0.0.1:{port}/timeline/"
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=10).read()
                break
            except OSError:
                time.sleep(0.2)

        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": options.width, "height": options.height})
            page.goto(url)
            Path(options.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=options.out)
            browser.close()
        print(f"wrote {options.out}")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
