"""How extraction reads the labelled corpus (tests/extraction/corpus/): per-field accuracy. Prints, asserts nothing.

    .venv/bin/python bench/extraction.py

A fresh SQLite database in a temporary folder gets the shipped dataset (its reform areas, meetings
and organisations are what extraction reads), then ``manage.py extraction_report`` prints the
figures for the documents the rules were tuned on and for the held-out ones, without the misses
(``manage.py extraction_report`` shows them; the held-out part's are not meant to be read).
Then how long a long page and a big feed take to read.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from _harness import MANAGE, ROOT

SPEED = r"""
import time
from statements.extraction import extract_document
from statements.extraction.feeds import parse_feed
from statements.services import extraction_context

context = extraction_context()

paragraph = (
    "Obert Moses Mpofu, Zimbabwe's minister of mines, said a report shows the country should no longer be "
    "subject to sanctions, the ministry said. \u201cWe have done everything in our power,\u201d Mpofu told "
    "Reuters, adding that the Ministry of Mines (MoM) would resume exports.\n\n"
)


def read(text):
    started = time.perf_counter()
    extract_document(
        text.encode(),
        filename="page.txt",
        content_type="text/plain",
        url="https://example.org/news/item",
        areas=context.rules,
        plenaries=context.plenary_refs,
        known_organisations=context.names,
    )
    return time.perf_counter() - started


# A worker loads the language model and compiles the patterns once: the first read pays for it, the others do not.
cold = read(paragraph)
page = read(paragraph * 1000)

# The shapes that once made reading slower than the worker's time limit: the same people quoted and the same
# organisations named in every paragraph, and a page with no line breaks and a date in each sentence.
voices = read(
    (
        "Global Witness and Human Rights Watch said on Monday that the Kimberley Process, which includes De Beers, "
        "had failed. \u00ab Le PK a \u00e9chou\u00e9 \u00bb, a d\u00e9clar\u00e9 Jean Mbala, "
        "directeur de l'ONG CENADEP. "
        "Zimbabwe's minister Winston Chitando said: \u201cWe made history.\u201d\n\n"
    )
    * 1000
)
one_line = read(
    "Kinshasa, le 22 juin 2011 \u2013 La soci\u00e9t\u00e9 civile, selon le R\u00e9seau Ressources Naturelles (RRN), "
    "a quitt\u00e9 la r\u00e9union intersessionnelle. " * 1500
)
offices = read("The Ministry of Mines and Mining Development of the Republic of Zimbabwe " * 2000)
# A page naming 120 people on one line: a pattern compiled per name once made it take over 10 s.
names = [f"{first} {last}" for first in ("Tendai", "Amara", "Jean", "Rudo", "Kofi", "Ines", "Omar", "Lars", "Yaw",
         "Ana", "Paul", "Marie") for last in ("Moyo", "Okonkwo", "Mbala", "Chikwanha", "Mensah", "Silva", "Haddad",
         "Berg", "Boateng", "Kone")]  # fmt: skip
people = read(
    " ".join(
        f"\u201cThe review must go on,\u201d said {name}, of Rio Tinto. {name} said: \u201cWe will not give up "
        f"\u00ab le processus \u00bb {name}\u2019s \u201dwords "
        for name in names
    )
)
items = "".join(
    f"<item><title>Item {n}</title><link>https://example.org/news/{n}</link></item>" for n in range(10_000)
)
feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()
started = time.perf_counter()
parse_feed(feed, max_items=100)
capped = time.perf_counter() - started
print(f"  speed: the first document a worker reads, loading the language model, in {cold:.2f} s")
print(f"  speed: a 1,000-paragraph news page read in {page:.2f} s (target < 2 s)")
print(f"  speed: a 10,000-item feed capped at 100 items in {capped:.2f} s (target < 2 s)")
print(f"  speed: 1,000 paragraphs quoting and naming the same voices (370 KB) in {voices:.2f} s (target < 10 s)")
print(f"  speed: a 200 KB page with no line break and 1,500 dates in {one_line:.2f} s (target < 10 s)")
print(f"  speed: a 140 KB line naming a ministry 2,000 times in {offices:.2f} s (target < 10 s)")
print(f"  speed: one line quoting 120 different people in {people:.2f} s (target < 10 s)")
"""


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="kp-extraction-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env["KP_VAR_DIR"] = str(work)
    try:
        for command in (["migrate", "-v0"], ["load_kp_dataset", "-v0"]):
            subprocess.run([*MANAGE, *command], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        subprocess.run([*MANAGE, "extraction_report", "--no-misses"], env=env, check=True, cwd=ROOT)
        print("  target: ≥ 95 % of fields right on holdout, and no wrong meeting")
        subprocess.run([*MANAGE, "shell", "-c", SPEED], env=env, check=True, cwd=ROOT)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
