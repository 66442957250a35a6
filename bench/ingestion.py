"""Benchmark statement ingestion: 1,000 local documents (text, HTML, PDF) read and stored by one
worker. Prints documents/second and the worker's peak memory; asserts nothing.

    .venv/bin/python bench/ingestion.py      # SQLite, documents read in this process
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/ingestion.py  # PostgreSQL (kptracker_ingest_bench) and a real Celery worker
"""

import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TEXT, HTML, PDF = 450, 450, 100
TARGET = 20  # documents/second for text and HTML

SEED = (ROOT / "data" / "statements" / "kp-csc-2019-11-22-press-release.txt").read_text(encoding="utf-8")


def bench_database() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tempfile.mkdtemp(prefix='kp-ingest-bench-')}/bench.sqlite3"
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    bench = urlunsplit(parts._replace(path="/kptracker_ingest_bench"))
    import psycopg

    with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS kptracker_ingest_bench WITH (FORCE)")
        connection.execute("CREATE DATABASE kptracker_ingest_bench")
    return bench


def documents():
    """Distinct, realistic documents: the seed re-dated and re-numbered, web pages, PDFs."""
    from tests.extraction.pdf import build_pdf

    for n in range(TEXT):
        yield "text", f"release-{n}.txt", SEED.replace("82 participating", f"{n} participating").encode()
    for n in range(HTML):
        body = "".join(f"<p>{paragraph}</p>" for paragraph in SEED.split("\n\n")[3:9])
        page = (
            f"<html><head><title>Statement {n}</title><script>var n = {n};</script></head><body>"
            f"<nav>Home · News · About</nav><article><h1>Coalition statement {n}</h1><p>3 December 2021</p>"
            f"{body}<p>Reference {n}.</p></article><footer>Contact us</footer></body></html>"
        )
        yield "html", f"page-{n}.html", page.encode()
    for n in range(PDF):
        lines = [f"Statement {n} of the KP Civil Society Coalition", "22 November 2019", ""]
        lines += [line for line in SEED.splitlines()[8:20] if line.strip()]
        yield "pdf", f"statement-{n}.pdf", build_pdf([lines[:40]], title=f"Statement {n}")


def peak_memory_mb(pid: int | None) -> float:
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    os.environ["DATABASE_URL"] = bench_database()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kptracker.settings")
    env = dict(os.environ)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "load_kp_dataset"], cwd=ROOT, env=env, check=True, capture_output=True)

    import django

    django.setup()
    from kptracker.celery import app
    from statements import services, tasks
    from statements.models import DocumentStatus, RawDocument

    batches: dict[str, list[int]] = {"text and HTML": [], "PDF": []}
    for kind, name, content in documents():
        document, _ = services.document_store(content=content, filename=name)
        batches["PDF" if kind == "pdf" else "text and HTML"].append(document.pk)

    worker = None
    if os.environ.get("REDIS_URL") and "postgres" in os.environ["DATABASE_URL"]:
        queue = f"kp-bench-{uuid.uuid4().hex[:8]}"
        app.conf.task_default_queue, app.conf.task_always_eager = queue, False
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "kptracker", "worker", "-Q", queue, "-P", "solo", "-l", "warning"],
            cwd=ROOT,
            env={**env, "KP_CELERY_QUEUE": queue},
        )
        mode = "one Celery worker (solo pool) on Redis, PostgreSQL"
    else:
        mode = "in-process (no REDIS_URL), SQLite" if "sqlite" in os.environ["DATABASE_URL"] else "in-process"

    print(f"Ingestion benchmark: {TEXT} text, {HTML} HTML, {PDF} PDF documents; {mode}")
    try:
        for label, ids in batches.items():
            start = time.perf_counter()
            if worker:
                for pk in ids:
                    tasks.process_document.delay(pk)
                waiting = RawDocument.objects.filter(
                    pk__in=ids, status__in=[DocumentStatus.PENDING, DocumentStatus.PROCESSING]
                )
                while waiting.exists():
                    time.sleep(0.2)
            else:
                for pk in ids:
                    tasks.process_document(pk)
            elapsed = time.perf_counter() - start
            failed = RawDocument.objects.filter(pk__in=ids, status=DocumentStatus.FAILED).count()
            note = f"  (target ≥ {TARGET})" if label == "text and HTML" else ""
            rate = len(ids) / elapsed
            summary = f"{len(ids):5} documents in {elapsed:6.1f} s = {rate:6.1f} documents/s"
            print(f"  {label:14} {summary}, {failed} failed{note}")
        print(f"  peak memory of the worker: {peak_memory_mb(worker.pid if worker else None):.0f} MB")
    finally:
        if worker:
            worker.terminate()
            worker.wait(timeout=30)


if __name__ == "__main__":
    main()
