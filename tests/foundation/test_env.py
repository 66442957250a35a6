"""Settings read from the environment refuse a value they cannot use, naming it and what they need."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from common.env import env_int, env_networks, env_ports, env_rate, env_site_url


def test_a_number_within_its_bounds_is_read(monkeypatch):
    monkeypatch.setenv("KP_SOMETHING", "23")

    assert env_int("KP_SOMETHING", 6, minimum=0, maximum=23) == 23


@pytest.mark.parametrize(
    ("raw", "bounds", "message"),
    [
        ("24", {"minimum": 0, "maximum": 23}, "KP_SOMETHING=24 must be from 0 to 23."),
        ("0", {"minimum": 1}, "KP_SOMETHING=0 must be 1 or more."),
        ("11", {"maximum": 10}, "KP_SOMETHING=11 must be 10 or less."),
        ("ten", {}, "KP_SOMETHING='ten' is not a whole number."),
    ],
)
def test_a_number_out_of_bounds_or_not_a_number_is_refused(monkeypatch, raw, bounds, message):
    monkeypatch.setenv("KP_SOMETHING", raw)
    with pytest.raises(ImproperlyConfigured) as refused:
        env_int("KP_SOMETHING", 1, **bounds)
    assert str(refused.value) == message


def test_an_unset_number_takes_its_default(monkeypatch):
    monkeypatch.delenv("KP_SOMETHING", raising=False)

    assert env_int("KP_SOMETHING", 8, minimum=0) == 8


@pytest.mark.parametrize("rate", ["60/minute", "3/day", "1000/m", "5/second", "2/hour"])
def test_a_throttle_rate_is_read(monkeypatch, rate):
    monkeypatch.setenv("KP_RATE", rate)

    assert env_rate("KP_RATE", "1/day") == rate


@pytest.mark.parametrize("rate", ["60 per minute", "/minute", "60/", "sixty/minute", "60/week", ""])
def test_a_malformed_throttle_rate_is_refused(monkeypatch, rate):
    monkeypatch.setenv("KP_RATE", rate)

    with pytest.raises(ImproperlyConfigured, match=r"KP_RATE=.*use <number>/<second\|minute\|hour\|day>"):
        env_rate("KP_RATE", "1/day")


def test_ports_and_networks_are_read_as_lists(monkeypatch):
    monkeypatch.setenv("KP_PORTS", "8080, 8443")
    monkeypatch.setenv("KP_NETS", "10.1.0.0/16,fd00::/8")

    assert env_ports("KP_PORTS") == [8080, 8443]
    assert env_networks("KP_NETS") == ["10.1.0.0/16", "fd00::/8"]


@pytest.mark.parametrize(
    ("name", "raw", "read", "message"),
    [
        ("KP_PORTS", "0", env_ports, "give port numbers from 1 to 65535"),
        ("KP_PORTS", "80,http", env_ports, "give port numbers from 1 to 65535"),
        ("KP_PORTS", "²", env_ports, "give port numbers from 1 to 65535"),
        ("KP_NETS", "10.0.0.0/8,10.0.0.0/33", env_networks, "KP_NETS='10.0.0.0/33': give networks such as"),
    ],
)
def test_a_bad_port_or_network_is_refused_by_name(monkeypatch, name, raw, read, message):
    monkeypatch.setenv(name, raw)

    with pytest.raises(ImproperlyConfigured, match=message):
        read(name)


@pytest.mark.parametrize("url", ["https://kptracker.org", "http://127.0.0.1:8000", "https://example.org/kp/"])
def test_a_site_address_is_read(monkeypatch, url):
    monkeypatch.setenv("KP_SITE_URL", url)

    assert env_site_url("KP_SITE_URL", None) == url


@pytest.mark.parametrize(
    "url", ["kptracker.org", "ftp://kptracker.org", "https://", "https://.example.org", "https://*"]
)
def test_a_site_address_without_scheme_or_host_is_refused(monkeypatch, url):
    monkeypatch.setenv("KP_SITE_URL", url)

    with pytest.raises(ImproperlyConfigured, match="give the site's address"):
        env_site_url("KP_SITE_URL", None)


def test_without_a_site_address_the_default_is_checked_too(monkeypatch):
    monkeypatch.delenv("KP_SITE_URL", raising=False)

    with pytest.raises(ImproperlyConfigured, match=r"KP_SITE_URL='https://\.example\.org'"):
        env_site_url("KP_SITE_URL", "https://.example.org")
