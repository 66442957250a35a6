"""Paragraph and sentence splitting shared by quote and reform-area detection."""

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?…][”\"»’)\]])\s+|(?<=[.!?…])\s+")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "jr", "sr",
    "m", "mme", "mlle", "me", "art", "para", "cf", "fig", "approx", "dept", "gen", "gov", "hon", "amb", "inc", "ltd",
}  # fmt: skip
_FINISHING_CHARACTERS = set('.!?…:;”"»)]')


@dataclass
class Sentence:
    text: str
    paragraph: int


def join_broken_paragraphs(text: str) -> str:
    """Re-join a paragraph cut mid-sentence by a page break ("… we call on CAR’s\\n\\nauthorities to …")."""
    paragraphs = text.split("\n\n")
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and joined[-1][-1:] not in _FINISHING_CHARACTERS and paragraph[:1].islower():
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return "\n\n".join(joined)


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        pieces = _SENTENCE_END.split(" ".join(paragraph.split()))
        merged: list[str] = []
        for piece in pieces:
            if merged and (_ends_with_abbreviation(merged[-1]) or piece[:1].islower()):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        sentences.extend(Sentence(piece, number) for piece in merged if piece)
    return sentences


def _ends_with_abbreviation(piece: str) -> bool:
    last_word = piece.rsplit(" ", 1)[-1].rstrip(".").lower()
    return last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
