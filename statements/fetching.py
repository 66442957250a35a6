"""Fetch a feed or page over HTTP, carefully: only global addresses on ports 80 and 443, the
checked address pinned for the connection, per-read timeouts and one deadline for the whole fetch,
a size cap, a bounded number of redirects, content-type checks and conditional requests."""

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import urllib3
from django.conf import settings

ACCEPTED_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "application/rdf+xml",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream",
)


class FetchError(Exception):
    """A fetch that failed. ``permanent`` ones (refused address, 404, too big) are not retried."""

    def __init__(self, message: str, *, permanent: bool):
        super().__init__(message)
        self.permanent = permanent


@dataclass
class FetchResult:
    url: str  # after redirects
    content: bytes
    content_type: str
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


@dataclass
class _Target:
    scheme: str
    host: str
    port: int
    address: str  # the resolved IP we checked, and the one we connect to
    path: str


# NAT64 (RFC 6052) carries an IPv4 address in its last 32 bits; the local-use prefix (RFC 8215)
# leads wherever its operator routes it.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Reachable on the public internet, also once an IPv6 address is turned into the IPv4 one it
    carries (IPv4-mapped, 6to4, NAT64). Multicast is no place to fetch from, whatever Python says."""
    if not address.is_global or address.is_multicast:
        return False
    if address.version == 6:
        if address in _NAT64_LOCAL:
            return False
        if address in _NAT64:
            return _is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        carried = address.ipv4_mapped or address.sixtofour
        if carried is not None:
            return _is_public(carried)
    return True


def _allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if settings.KP_INGEST_ALLOW_PRIVATE or _is_public(address):
        return True
    return any(address in ipaddress.ip_network(network) for network in settings.KP_INGEST_ALLOWED_NETWORKS)


def _resolve(url: str) -> _Target:
    """Parse the URL the way urllib3 does and resolve its host once.

    The connection then goes to the very address that was checked, so neither a URL
    that parses differently elsewhere nor a DNS answer that changes can reach a
    private address.
    """
    try:
        parts = urllib3.util.parse_url(url)
    except urllib3.exceptions.LocationParseError as exc:
        raise FetchError(f"{url} is not a valid address.", permanent=True) from exc
    if parts.scheme not in {"http", "https"} or not parts.host or "\\" in url or parts.auth:
        raise FetchError(f"{url} is not a plain http(s) address.", permanent=True)
    host = parts.host.strip("[]")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if port not in {80, 443, *settings.KP_INGEST_ALLOWED_PORTS} and not settings.KP_INGEST_ALLOW_PRIVATE:
        raise FetchError(
            f"Refused to fetch {url}: port {port} is not allowed (80 and 443 only, unless KP_INGEST_ALLOWED_PORTS"
            " lists more).",
            permanent=True,
        )
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"Cannot resolve {host}: {exc}", permanent=False) from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not _allowed(address):
            shown = host if host == str(address) else f"{host} ({address})"
            raise FetchError(
                f"Refused to fetch {url}: {shown} is not a public internet address (private, loopback,"
                " link-local, shared or reserved).",
                permanent=True,
            )
    return _Target(parts.scheme, host, port, infos[0][4][0], parts.request_uri)


class _Deadline:
    """KP_INGEST_DEADLINE seconds for the whole fetch: connecting, every redirect and the body."""

    def __init__(self, url: str):
        self.url, self.seconds = url, settings.KP_INGEST_DEADLINE
        self.ends = time.monotonic() + self.seconds

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            raise self.exceeded()
        return left

    def exceeded(self) -> "FetchError":
        return FetchError(
            f"Fetching {self.url} took longer than {self.seconds} s (KP_INGEST_DEADLINE); will try again later.",
            permanent=False,
        )

    def timeout(self) -> float:
        """A single connect or read may take KP_INGEST_TIMEOUT seconds, and never past the deadline."""
        return min(settings.KP_INGEST_TIMEOUT, self.remaining())


class _CutAtDeadline:
    """A connection cut when the fetch's deadline passes, whatever it is waiting for: a read timeout
    starts again with every byte, so a server that trickles its status line and headers would outlast
    any timeout; the cut makes the read in progress fail at once."""

    def __init__(self, *args, deadline_ends: float, **kwargs):
        super().__init__(*args, **kwargs)
        self._cutter = threading.Timer(max(0.0, deadline_ends - time.monotonic()), self._cut)
        self._cutter.daemon = True

    def connect(self):
        self._cutter.start()  # before: the TLS handshake is part of connect(), and may be trickled too
        super().connect()

    def _cut(self):
        sock = self.sock  # read once: close() may set it to None meanwhile
        if sock is not None:
            with contextlib.suppress(OSError):
                # The plain socket's shutdown, also under TLS: SSLSocket.shutdown would drop its TLS state
                # under the reading thread's feet.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def close(self):
        self._cutter.cancel()
        super().close()


class _HTTPConnection(_CutAtDeadline, urllib3.connection.HTTPConnection):
    pass


class _HTTPSConnection(_CutAtDeadline, urllib3.connection.HTTPSConnection):
    pass


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


def _open(target: _Target, headers: dict, timeout, deadline: _Deadline):
    host_header = target.host if target.port in {80, 443} else f"{target.host}:{target.port}"
    if target.scheme == "https":
        pool = _HTTPSPool(
            target.address,
            target.port,
            server_hostname=target.host,
            assert_hostname=target.host,
            retries=False,
            timeout=timeout,
            deadline_ends=deadline.ends,
        )
    else:
        pool = _HTTPPool(target.address, target.port, retries=False, timeout=timeout, deadline_ends=deadline.ends)
    return pool.urlopen(
        "GET",
        target.path,
        headers={**headers, "Host": host_header},
        redirect=False,
        preload_content=False,
        assert_same_host=False,
    )


def fetch(url: str, *, etag: str = "", last_modified: str = "") -> FetchResult:
    headers = {"User-Agent": settings.KP_INGEST_USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = _Deadline(url)
    for _hop in range(settings.KP_INGEST_MAX_REDIRECTS + 1):
        target = _resolve(url)
        try:
            timeout = urllib3.Timeout(connect=deadline.timeout(), read=deadline.timeout())
            response = _open(target, headers, timeout, deadline)
        except urllib3.exceptions.HTTPError as exc:
            if deadline.ends <= time.monotonic():  # timed out, or cut at the deadline
                raise deadline.exceeded() from exc
            raise FetchError(f"Could not fetch {url}: {exc}", permanent=False) from exc
        try:
            if response.status in {301, 302, 303, 307, 308} and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            return _read(url, response, deadline)
        finally:
            response.close()  # and its connection, whose cutter is then stopped: each fetch has its own
    raise FetchError(f"Too many redirects (more than {settings.KP_INGEST_MAX_REDIRECTS}) from {url}.", permanent=True)


def _read(url: str, response, deadline: _Deadline) -> FetchResult:
    if response.status == 304:
        return FetchResult(url=url, content=b"", content_type="", not_modified=True)
    if response.status >= 500 or response.status == 429:
        raise FetchError(f"{url} answered {response.status}; will try again later.", permanent=False)
    if response.status >= 400:
        raise FetchError(f"{url} answered {response.status}.", permanent=True)
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(ACCEPTED_TYPES):
        raise FetchError(f"{url} is {content_type}, not a feed, web page or document.", permanent=True)
    limit = settings.KP_INGEST_MAX_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url} is {int(declared):,} bytes, over the {limit:,}-byte limit.", permanent=True)
    chunks, size = [], 0
    try:
        # read1, not stream(): each call returns what one read brought, so a server that trickles
        # its body byte by byte meets the deadline instead of resetting a read timeout for ever.
        while True:
            timeout = deadline.timeout()
            if response.connection is not None and response.connection.sock is not None:  # None once read
                response.connection.sock.settimeout(timeout)
            chunk = response.read1(64 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url} is over the {limit:,}-byte limit.", permanent=True)
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as exc:
        if deadline.ends <= time.monotonic():  # timed out, or cut at the deadline
            raise deadline.exceeded() from exc
        raise FetchError(f"Reading {url} failed: {exc}", permanent=False) from exc
    if deadline.ends <= time.monotonic():
        # A body without a length ends when the connection does: cut at the deadline, it only looks whole.
        raise deadline.exceeded()
    return FetchResult(
        url=url,
        content=b"".join(chunks),
        content_type=response.headers.get("Content-Type", ""),
        etag=response.headers.get("ETag", ""),
        last_modified=response.headers.get("Last-Modified", ""),
    )
