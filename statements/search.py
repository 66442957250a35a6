"""Full-text search over published statements, and keyword highlighting for their text.

PostgreSQL ranks with its own full-text search; SQLite (a fresh checkout) falls
back to matching every word, unranked. Both fold case, accents and apostrophes: "Cote d'Ivoire"
finds "Côte d’Ivoire".
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Func, Q, TextField
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from statements.extraction.normalise import fold

SEARCH_CONFIG = "kp_search"  # English stemming, accents folded (migration statements/0006)


def statement_matches(queryset, query: str):
    """Statements matching a search (web-search syntax on PostgreSQL), in the queryset's order."""
    words = query.split()
    if not words:
        return queryset
    if connection.vendor == "postgresql":
        # The stored document (title, public organisation's name, text), indexed: see the model.
        return queryset.filter(search_document=SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG))
    # Web-search syntax is PostgreSQL's; here a quoted phrase is its words, and "-word" leaves a word out.
    queryset = queryset.alias(
        folded_title=_Folded("title"), folded_text=_Folded("text"), folded_organisation=_Folded("organisation__name")
    )
    for minus, word in ((t.startswith("-"), fold(w)) for t in words for w in re.findall(r"\w[\w'’-]*", t)):
        found = (
            Q(folded_title__contains=word)
            | Q(folded_text__contains=word)
            | Q(folded_organisation__contains=word, organisation__proposed=False)
        )
        queryset = queryset.exclude(found) if minus else queryset.filter(found)
    return queryset


class _Folded(Func):
    """SQLite: the text lower-cased, its accents and apostrophes folded ("" for none), by ``kp_fold``."""

    function = "kp_fold"
    output_field = TextField()


def sqlite_fold_register(sender, connection, **kwargs):
    """Give each new SQLite connection ``kp_fold`` (connected to ``connection_created``)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("kp_fold", 1, lambda text: fold(text or ""), deterministic=True)


def by_relevance(matches, query: str):
    """Statements already matched by ``query``, best first on PostgreSQL (left in their order elsewhere)."""
    if connection.vendor != "postgresql" or not query.split():
        return matches
    search = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    # Equal ranks fall back to newest first, undated last (as newest_first() orders).
    return matches.annotate(rank=SearchRank(F("search_document"), search)).order_by(
        "-rank", F("published_on").desc(nulls_last=True), "-pk"
    )


def keyword_pattern(keywords_by_label: dict[str, list[str]]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One case-insensitive regex for all keywords, longest first, and keyword → label."""
    labels = {}
    for label, keywords in keywords_by_label.items():
        for keyword in keywords:
            labels.setdefault(keyword.lower(), label)
    if not labels:
        return None, labels
    alternatives = "|".join(re.escape(keyword) for keyword in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), labels


def highlight(text: str, keywords_by_label: dict[str, list[str]]) -> SafeString:
    """Plain text → escaped HTML paragraphs, each keyword wrapped in <mark title="area">.

    Every piece of the text passes through escape(); only our own tags are added.
    """
    pattern, labels = keyword_pattern(keywords_by_label)
    pieces = []
    last = 0
    for match in pattern.finditer(text) if pattern else ():
        label = labels.get(match.group(0).lower(), "")
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f'<mark title="{escape(label)}">{escape(match.group(0))}</mark>')
        last = match.end()
    pieces.append(escape(text[last:]))
    html = "".join(pieces).replace("\r\n", "\n")
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", html) if p.strip()]
    return mark_safe("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))  # noqa: S308
