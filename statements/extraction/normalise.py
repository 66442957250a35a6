"""Whitespace clean-up shared by every format, and the content hash used to spot duplicates."""

import hashlib
import re
import unicodedata

_HORIZONTAL_SPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """Collapse spaces inside lines and keep paragraphs separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _HORIZONTAL_SPACE.sub(" ", _CONTROL.sub("", _INVISIBLE.sub("", text)))
    paragraphs: list[str] = []
    current: list[str] = []
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def content_hash(text: str) -> str:
    # NFKC on top of casefolding so that ligatures and odd spaces from PDFs hash like the plain-text original.
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


_FOLD_TABLE: dict[int, str] = {}
for _code in range(0x250):
    _char = chr(_code)
    _base = unicodedata.normalize("NFD", _char)[0].lower()
    if len(_base) == 1 and _base != _char:
        _FOLD_TABLE[_code] = _base
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'", ord("‐"): "-", ord("‑"): "-"})
_FOLDABLE = re.compile("[" + re.escape("".join(chr(code) for code in _FOLD_TABLE if code > 127)) + "]")


def fold(text: str) -> str:
    """Lower-case and strip accents while keeping every character at its position (so match offsets stay valid)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if len(lowered) != len(text):  # a rare character such as "İ" lower-cases to two; take the slow, exact path
        return text.translate(_FOLD_TABLE)
    # str.translate is slow on non-ASCII strings; only the few accented characters need a lookup.
    return _FOLDABLE.sub(lambda match: _FOLD_TABLE[ord(match.group())], lowered)


# The Process's name as the press often misspells it: "the Kimberly Process", « le Processus Kimberley ».
_KIMBERLY = re.compile(
    r"\b(?P<k>K)(?P<imberl>(?i:imberl))(?P<y>[yY])(?=[\s-]+(?i:process|processus)\b|\s*\((?:KP|PK)\))"
)
_PROCESSUS_KIMBERLEY = re.compile(r"\b(?P<processus>(?i:processus))\s+(?P<kimberley>(?i:kimberley))\b")


def kp_spelled(text: str) -> str:
    """The text with the KP's name spelled as the rules that read whose words it is and which meeting it is about
    expect; the text kept and quoted is the document's own."""
    text = _KIMBERLY.sub(lambda m: f"{m['k']}{m['imberl']}{'E' if m['y'].isupper() else 'e'}{m['y']}", text)
    return _PROCESSUS_KIMBERLEY.sub(lambda m: f"{m['processus']} de {m['kimberley']}", text)


def place_pattern(names: list[str]) -> re.Pattern:
    """A place's folded names as whole words: "Kimberley" the city, not the Kimberley Process (nor the "Processus
    de Kimberley", the "Kimberley Certification Scheme" or the "Kimberley Scheme")."""
    alternatives = "|".join(r"[\s-]+".join(map(re.escape, name.split())) for name in names)
    return re.compile(
        rf"(?<!\w)(?<!processus de )(?:{alternatives})(?!\w)(?!\s+(?:process|certification|scheme|kpcs)\b)"
    )
