"""The fetcher's guard: only public internet addresses on ports 80 and 443, the checked address
pinned for the connection, and one deadline for the whole fetch.

The test server runs on loopback; KP_INGEST_ALLOWED_NETWORKS lets the first hop through (as an
operator would allow a feed on an intranet) and nothing else, so every refusal below is the
guard's, not a connection error. DNS answers are faked with socket.getaddrinfo.
"""

import socket
import threading
import time

import pytest
from werkzeug import Response

from statements import fetching
from statements.fetching import FetchError, fetch

REFUSED = "is not a public internet address"
LOOPBACK = ["127.0.0.1/32", "::1/128"]  # where pytest-httpserver listens ("localhost")


@pytest.fixture(autouse=True)
def _guarded(settings):
    settings.KP_INGEST_ALLOW_PRIVATE = False
    settings.KP_INGEST_ALLOWED_NETWORKS = []
    settings.KP_INGEST_ALLOWED_PORTS = []
    # A guard that fails lets the fetch go on to connect: keep that quick rather than hanging.
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 2, 5


@pytest.fixture
def first_hop_allowed(settings, httpserver):
    settings.KP_INGEST_ALLOWED_NETWORKS = LOOPBACK
    settings.KP_INGEST_ALLOWED_PORTS = [httpserver.port]


class FakeDNS:
    """Answers for the names set in it (name → addresses, or a function giving them); the rest
    are looked up for real. Remembers every name asked for."""

    def __init__(self, real):
        self.real, self.answers, self.asked = real, {}, []

    def __setitem__(self, name, addresses):
        self.answers[name] = addresses

    def getaddrinfo(self, host, port, *args, **kwargs):
        self.asked.append(host)
        if host not in self.answers:
            return self.real(host, port, *args, **kwargs)
        addresses = self.answers[host]
        addresses = addresses() if callable(addresses) else addresses
        family = {True: socket.AF_INET6, False: socket.AF_INET}
        return [(family[":" in a], socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]


@pytest.fixture
def dns(monkeypatch):
    fake = FakeDNS(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", fake.getaddrinfo)
    return fake


def refusal(url: str) -> FetchError:
    with pytest.raises(FetchError) as error:
        fetch(url)
    assert error.value.permanent, "a refused address is not tried again"
    return error.value


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "127.0.0.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",  # noqa: S104 (an address to refuse, not one to bind)
        "198.18.0.1",  # benchmarking
        "192.0.2.1",  # documentation
        "240.0.0.1",  # reserved
        "224.0.0.1",  # multicast: "global" to Python, no place to fetch from
        "255.255.255.255",
        "[::1]",
        "[::]",
        "[fe80::1]",
        "[fc00::1]",
        "[2001:db8::1]",  # documentation
        "[::ffff:127.0.0.1]",  # IPv4-mapped
        "[::ffff:10.0.0.1]",
        "[64:ff9b::a00:1]",  # NAT64 of 10.0.0.1, "global" to Python
        "[64:ff9b::7f00:1]",  # NAT64 of 127.0.0.1
        "[64:ff9b:1::1]",  # local-use NAT64
        "[2002:a00:1::1]",  # 6to4 of 10.0.0.1
        "[ff02::1]",  # multicast
    ],
)
def test_a_literal_non_global_address_is_refused(address):
    error = refusal(f"http://{address}/feed")

    assert REFUSED in str(error)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "64:ff9b::808:808", "::ffff:8.8.8.8"])
def test_a_global_address_passes_the_guard_and_is_the_one_connected_to(address):
    host = f"[{address}]" if ":" in address else address

    target = fetching._resolve(f"https://{host}/feed")

    assert target.address == address


def test_a_name_that_resolves_to_a_private_address_is_refused(dns):
    dns["intranet.example"] = ["10.1.2.3"]

    error = refusal("https://intranet.example/feed")

    assert str(error) == (
        "Refused to fetch https://intranet.example/feed: intranet.example (10.1.2.3) is not a public internet"
        " address (private, loopback, link-local, shared or reserved)."
    )


def test_a_name_with_one_private_address_among_public_ones_is_refused(dns):
    dns["mixed.example"] = ["93.184.215.14", "2606:4700:4700::1111", "100.64.12.1"]

    assert "mixed.example (100.64.12.1) " + REFUSED in str(refusal("https://mixed.example/"))


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://internal.example/admin",  # a name that resolves to a private address
        "http://127.0.0.2:{port}/secret",  # loopback, but not the allowed first hop
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://[64:ff9b::7f00:1]:{port}/secret",
    ],
)
def test_a_redirect_to_a_non_global_address_is_refused(httpserver, first_hop_allowed, dns, location):
    dns["internal.example"] = ["192.168.0.10"]
    httpserver.expect_request("/start").respond_with_data(
        "", status=302, headers={"Location": location.format(port=httpserver.port)}
    )
    httpserver.expect_request("/secret").respond_with_data("internal secret", content_type="text/html")

    error = refusal(httpserver.url_for("/start"))

    assert REFUSED in str(error)
    assert [request.path for request, _ in httpserver.log] == ["/start"]


def test_a_port_other_than_80_and_443_is_refused_before_looking_the_name_up(dns):
    error = refusal("http://example.org:8080/feed")

    assert str(error) == (
        "Refused to fetch http://example.org:8080/feed: port 8080 is not allowed (80 and 443 only, unless"
        " KP_INGEST_ALLOWED_PORTS lists more)."
    )
    assert dns.asked == []


def test_a_port_is_fetched_once_the_setting_lists_it(httpserver, settings):
    settings.KP_INGEST_ALLOWED_NETWORKS = LOOPBACK
    httpserver.expect_request("/feed").respond_with_data("<rss/>", content_type="application/rss+xml")

    assert f"port {httpserver.port} is not allowed" in str(refusal(httpserver.url_for("/feed")))
    assert not httpserver.log

    settings.KP_INGEST_ALLOWED_PORTS = [httpserver.port]
    assert fetch(httpserver.url_for("/feed")).content == b"<rss/>"


def test_a_redirect_to_a_disallowed_port_is_refused(httpserver, first_hop_allowed):
    httpserver.expect_request("/start").respond_with_data(
        "", status=301, headers={"Location": "http://127.0.0.1:6379/"}
    )

    assert "port 6379 is not allowed" in str(refusal(httpserver.url_for("/start")))


def test_the_checked_address_is_the_one_connected_to(httpserver, first_hop_allowed, dns):
    """DNS rebinding: the name answers loopback (allowed) once, then a private address. Had the
    connection looked the name up again, it would have gone to 10.255.255.1 and failed."""
    answers = iter([["127.0.0.1"]])
    dns["feeds.example"] = lambda: next(answers, ["10.255.255.1"])
    httpserver.expect_request("/feed").respond_with_data("<rss/>", content_type="application/rss+xml")

    result = fetch(f"http://feeds.example:{httpserver.port}/feed")

    assert result.content == b"<rss/>"
    assert dns.asked.count("feeds.example") == 1
    (request, _), *_ = httpserver.log
    assert request.headers["Host"] == f"feeds.example:{httpserver.port}"


def trickle(total_seconds: float, every: float = 0.05):
    """A page that arrives one byte every `every` seconds: each read is quick, the whole is not."""

    def handler(request):
        def body():
            for _ in range(int(total_seconds / every)):
                time.sleep(every)
                yield b"x"

        return Response(body(), content_type="text/html")

    return handler


def test_a_server_that_trickles_its_body_past_the_deadline_is_given_up(httpserver, first_hop_allowed, settings):
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 1, 1  # each byte comes well within 1 s
    httpserver.expect_request("/slow").respond_with_handler(trickle(total_seconds=2.5))
    url = httpserver.url_for("/slow")

    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        fetch(url)
    elapsed = time.monotonic() - started

    assert str(error.value) == f"Fetching {url} took longer than 1 s (KP_INGEST_DEADLINE); will try again later."
    assert not error.value.permanent
    assert elapsed < 1.5


def test_a_body_trickled_within_the_deadline_is_read_whole(httpserver, first_hop_allowed, settings):
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 5, 10  # generous: a loaded CI machine is slow
    httpserver.expect_request("/slow").respond_with_handler(trickle(total_seconds=0.5))

    assert fetch(httpserver.url_for("/slow")).content == b"x" * 10


def test_the_deadline_covers_every_redirect(httpserver, first_hop_allowed, settings):
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE, settings.KP_INGEST_MAX_REDIRECTS = 1, 1, 10

    def slow_redirect(request):
        time.sleep(0.3)  # each answer well within the 1 s read timeout
        hop = int(request.args.get("hop", 0))
        return Response("", status=302, headers={"Location": f"/hop?hop={hop + 1}"})

    httpserver.expect_request("/hop").respond_with_handler(slow_redirect)
    url = httpserver.url_for("/hop")

    with pytest.raises(FetchError, match=r"took longer than 1 s \(KP_INGEST_DEADLINE\)") as error:
        fetch(url)

    assert str(error.value).startswith(f"Fetching {url} took")  # named by the address first asked for
    assert 2 <= len(httpserver.log) <= 4


def test_a_server_that_answers_after_the_deadline_is_given_up(httpserver, first_hop_allowed, settings):
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 5, 1

    def late(request):
        time.sleep(2)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/late").respond_with_handler(late)

    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 1 s"):
        fetch(httpserver.url_for("/late"))
    assert time.monotonic() - started < 1.5


def trickling_server(head: bytes):
    """A server that sends ``head``, then one byte every 0.1 s, for ever: each read is quick, so only the
    deadline can end it (werkzeug sends headers whole, so a bare socket here)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve():
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(head)
            while not stop.wait(0.1):
                try:
                    connection.sendall(b"x")
                except OSError:
                    return

    threading.Thread(target=serve, daemon=True).start()
    return listener, stop


@pytest.fixture
def header_trickler():
    listener, stop = trickling_server(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    yield listener.getsockname()[1]
    stop.set()
    listener.close()


@pytest.fixture
def unsized_body_trickler():
    # HTTP/1.0 without Content-Length: the body ends when the connection does.
    listener, stop = trickling_server(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n")
    yield listener.getsockname()[1]
    stop.set()
    listener.close()


def test_a_server_that_trickles_its_headers_past_the_deadline_is_given_up(header_trickler, settings):
    settings.KP_INGEST_ALLOWED_NETWORKS, settings.KP_INGEST_ALLOWED_PORTS = LOOPBACK, [header_trickler]
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 1, 1  # each byte comes well within 1 s
    url = f"http://127.0.0.1:{header_trickler}/slow"

    started = time.monotonic()
    with pytest.raises(FetchError) as error:
        fetch(url)

    assert str(error.value) == f"Fetching {url} took longer than 1 s (KP_INGEST_DEADLINE); will try again later."
    assert time.monotonic() - started < 2


def test_a_body_without_a_length_cut_at_the_deadline_is_not_taken_for_a_whole_page(unsized_body_trickler, settings):
    settings.KP_INGEST_ALLOWED_NETWORKS, settings.KP_INGEST_ALLOWED_PORTS = LOOPBACK, [unsized_body_trickler]
    settings.KP_INGEST_TIMEOUT, settings.KP_INGEST_DEADLINE = 1, 1
    url = f"http://127.0.0.1:{unsized_body_trickler}/page"

    with pytest.raises(FetchError, match=r"took longer than 1 s"):
        fetch(url)
