"""How extraction reads the labelled corpus (tests/extraction/corpus/): per-field accuracy. Prints, asserts nothing.

    .venv/bin/python bench/extraction.py

A fresh SQLite database in a temporary folder gets the shipped dataset (its reform areas, meetings
and organisations are what extraction reads), then ``manage.py extraction_report`` prints the
figures for the documents the rules were tuned on and for the held-out ones, without the misses
(``manage.py extraction_report`` shows them; the held-out part's are not meant to be read).
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from _harness import MANAGE, ROOT


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kp-extraction-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env["KP_VAR_DIR"] = str(work)
    try:
        for command in (["migrate", "-v0"], ["load_kp_dataset", "-v0"]):
            subprocess.run([*MANAGE, *command], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        subprocess.run([*MANAGE, "extraction_report", "--no-misses"], env=env, check=True, cwd=ROOT)
        print("  target: ≥ 95 % of fields right on holdout, and no wrong meeting")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
