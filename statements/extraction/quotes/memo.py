"""Answers about a text kept while it is read."""

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def per_text(function: Callable[[str, str], T]) -> Callable[[str, str], T]:
    """Cache ``function(text, name)`` for the few texts read last, for any number of names: a long page asks about
    the same people once per quote, and reading the whole text again each time made it slow."""

    @functools.lru_cache(maxsize=4)  # a worker reads one document after another
    def answers(text: str) -> dict[str, T]:
        return {}

    @functools.wraps(function)
    def cached(text: str, name: str) -> T:
        known = answers(text)
        if name not in known:
            known[name] = function(text, name)
        return known[name]

    return cached
