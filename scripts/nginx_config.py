"""nginx in front of gunicorn, outside Docker: for `make stack` (stack.py) and `make bench`.

Both fill in deploy/nginx/kptracker.conf.template, the file docker-compose.yml gives its nginx
service, so all three cache alike.
"""

import os
import shutil
import string
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "kptracker.conf.template"


def find_nginx() -> str | None:
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")


def nginx_config(work: Path, *, listen: str, upstream: str, static_root: Path, static_expires: str = "off") -> Path:
    """A whole nginx.conf around the site template in ``work`` (also its cache, logs and pid),
    filled in as the nginx image's envsubst would. Run it with ``nginx -c <file> -p <work>``."""
    site = string.Template(TEMPLATE.read_text()).safe_substitute(
        KP_LISTEN=listen,
        KP_UPSTREAM=upstream,
        KP_STATIC_ROOT=str(static_root),
        KP_STATIC_EXPIRES=static_expires,
        KP_CACHE_DIR=str(work / "cache"),
    )
    mime_types = Path("/etc/nginx/mime.types")
    temp_paths = "".join(
        f"{kind}_temp_path {work / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = work / "nginx.conf"
    config.write_text(
        "daemon off;\nworker_processes 1;\n"
        # As root, nginx's workers would run as "nobody" and could not write the cache here.
        + ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {work / 'nginx.pid'};\nerror_log {work / 'error.log'} warn;\n"
        + "events { worker_connections 256; }\n"
        + "http {\n"
        + (f"include {mime_types};\n" if mime_types.exists() else "")
        + f"access_log {work / 'access.log'};\n"
        + temp_paths
        + site
        + "\n}\n"
    )
    return config
