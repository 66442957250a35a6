"""Typed readers for settings from the environment.

Each helper fails loudly on a value it cannot understand, so a typo in a
deployment is a crash at start-up rather than a silently wrong setting.
"""

import hashlib
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    """Read NAME, or the contents of the file named by NAME_FILE (Docker secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            with open(file_path, encoding="utf-8") as handle:
                return handle.read().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_path!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no).")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def code_changed_ns(base_dir) -> int:
    """When the code last changed: the newest file of the project's own folders, in nanoseconds."""
    skip = {"var", "artifacts", "node_modules", "data", "docs", "tests", "bench"}
    folders = [p for p in Path(base_dir).iterdir() if p.is_dir() and p.name not in skip and not p.name.startswith(".")]
    files = (f for folder in folders for f in folder.rglob("*") if f.is_file() and f.suffix != ".pyc")
    return max((f.stat().st_mtime_ns for f in files), default=0)


def code_stamp(changed_ns: int) -> str:
    """A short name for the code as it is (see code_changed_ns)."""
    return hashlib.sha256(str(changed_ns).encode()).hexdigest()[:12]
