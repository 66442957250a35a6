"""Typed readers for settings from the environment.

Each helper fails loudly on a value it cannot understand, so a typo in a
deployment is a crash at start-up rather than a silently wrong setting.
"""

import hashlib
import ipaddress
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

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


def env_int(name: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number, refused outside [minimum, maximum] where they are given."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        value = default
    else:
        try:
            value = int(raw)
        except ValueError as exc:
            raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from exc
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise ImproperlyConfigured(f"{name}={value} must be {_bounds(minimum, maximum)}.")
    return value


def _bounds(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    return f"{minimum} or more" if minimum is not None else f"{maximum} or less"


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


_RATE = re.compile(r"\d+/(?:s|m|h|d)[a-z]*")


def env_rate(name: str, default: str) -> str:
    """A throttle rate as Django REST Framework reads it: "60/minute", "3/day"."""
    value = env_str(name, default) or ""
    if not _RATE.fullmatch(value):
        raise ImproperlyConfigured(f"{name}={value!r}: use <number>/<second|minute|hour|day>, e.g. 60/minute.")
    return value


def env_ports(name: str) -> list[int]:
    """Port numbers, separated by commas."""
    items = env_list(name)
    if not all(item.isascii() and item.isdigit() and 0 < int(item) < 65536 for item in items):
        listed = ",".join(items)
        raise ImproperlyConfigured(f"{name}={listed!r}: give port numbers from 1 to 65535, separated by commas.")
    return [int(item) for item in items]


def env_networks(name: str) -> list[str]:
    """IP networks ("10.1.0.0/16"), separated by commas."""
    items = env_list(name)
    try:
        for item in items:
            ipaddress.ip_network(item)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={item!r}: give networks such as 10.1.0.0/16, separated by commas.") from exc
    return items


def env_site_url(name: str, default: str | None) -> str:
    """A site's address, scheme and host: "https://kptracker.org"."""
    value = env_str(name) or default or ""
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host or host.startswith(".") or "*" in host:
        raise ImproperlyConfigured(f"{name}={value!r}: give the site's address, e.g. https://kptracker.org.")
    return value


def code_changed_ns(base_dir) -> int:
    """When the code last changed: the newest file of the project's own folders, in nanoseconds."""
    skip = {"var", "artifacts", "node_modules", "data", "docs", "tests", "bench"}
    folders = [p for p in Path(base_dir).iterdir() if p.is_dir() and p.name not in skip and not p.name.startswith(".")]
    files = (f for folder in folders for f in folder.rglob("*") if f.is_file() and f.suffix != ".pyc")
    return max((f.stat().st_mtime_ns for f in files), default=0)


def code_stamp(changed_ns: int) -> str:
    """A short name for the code as it is (see code_changed_ns)."""
    return hashlib.sha256(str(changed_ns).encode()).hexdigest()[:12]
