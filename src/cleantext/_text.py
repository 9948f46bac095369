"""Pure string helpers shared by every stage (no imports from the package)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Sequence

import regex

# (stdlib `re`: it runs over whole pages and is several times faster than `regex` here.)
# C0/C1 controls except tab and newline, noncharacters, and bidi overrides/isolates: never output.
_UNWANTED = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u202a-\u202e\u2066-\u2069"
    r"\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U000efffe\U000effff"
    r"\U000ffffe\U000fffff\U0010fffe\U0010ffff\ud800-\udfff]"
)
# `\w` of stdlib re leaves out combining marks, which cuts Indic words apart ("है" -> "ह");
# the ranges add the marks of Devanagari..Sinhala, Thai, Lao, Myanmar, combining diacritics
# and Arabic vowel signs.
_WORD = re.compile(
    r"[\w\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff"
    r"\u0e00-\u0eff\u1000-\u109f]+"
)
_ASCII_WORD = re.compile(r"[0-9_a-z]+")
r"""`_WORD` over lower-cased ASCII text (`\w` of an ASCII character is a letter, a digit or
`_`): a set `re` tests by a bitmap, not by `\w`'s Unicode lookup per character (12% less time
over the eval pages' ASCII blocks, 82% of all blocks)."""
# Scripts written without spaces between words: every character counts as a word.
_NOSPACE = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_NOSPACE_CHAR = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
)
"""Scripts written without spaces (Thai, Lao, Myanmar, Khmer, CJK and kana) by block range:
stdlib `re` with ranges tests a whole block several times faster than `regex` with \\p{...}."""
_NOSPACE_SPLIT = regex.compile(rf"[{_NOSPACE}]|[^\W{_NOSPACE}]+")
"""A character of a no-space script alone, or a run of other word characters."""


def strip_unwanted(text: str) -> str:
    """Drop control characters, noncharacters, lone surrogates and bidi overrides."""
    return _UNWANTED.sub("", text) if _UNWANTED.search(text) else text


def clean_inline(text: str) -> str:
    """A block's normal form: unwanted characters dropped, one space between words.

    `isprintable()` is a fast C test that is True only when none of them can be present.
    """
    collapsed = collapse_spaces(text)
    if collapsed.isprintable():
        return collapsed
    return collapse_spaces(_UNWANTED.sub("", collapsed))


COLLAPSE_SLICE_CHARS = 65536
"""Longer texts are collapsed slice by slice, each cut at a space: `str.split` holds every
word of its text at once, 50 MB for the 800,000 words of a 4 MB text node."""
_SPACE = re.compile(r"\s")
"""Whitespace as `str.split` cuts at it: stdlib `re`'s class is `str.isspace` (checked on every
code point)."""


def collapse_spaces(text: str) -> str:
    """One space between words, no newlines: the normal form of a block's text."""
    if len(text) <= COLLAPSE_SLICE_CHARS:
        return " ".join(text.split())
    parts: list[str] = []
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + COLLAPSE_SLICE_CHARS)
        end = space.start() if space is not None else len(text)
        part = " ".join(text[start:end].split())
        if part:
            parts.append(part)
        start = end
    return " ".join(parts)


def trim_lines(text: str) -> str:
    """Preformatted text: keep line breaks and indentation, drop trailing spaces and blank ends."""
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


WORDS_CACHE_MAX_CHARS = 200
"""Texts at most this long have their word lists remembered: the short blocks, whose words the
noise detectors, the language vote and the scorer each ask for."""
WORDS_CACHE_SIZE = 4096
"""Short texts remembered with their words: the blocks of the last few pages."""


def words(text: str) -> list[str]:
    """Word tokens, lower-cased; characters of CJK/Thai scripts count one word each."""
    if len(text) <= WORDS_CACHE_MAX_CHARS:
        return list(_short_words(text))
    return _words(text)


@functools.lru_cache(maxsize=WORDS_CACHE_SIZE)
def _short_words(text: str) -> tuple[str, ...]:
    """Kept as a tuple, so that no caller can change what the cache holds (`words` copies it)."""
    return tuple(_words(text))


def _words(text: str) -> list[str]:
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    tokens = _WORD.findall(text.lower())
    if not _NOSPACE_CHAR.search(text):
        return tokens
    found: list[str] = []
    for token in tokens:
        if _NOSPACE_CHAR.search(token):
            found.extend(_NOSPACE_SPLIT.findall(token))
        else:
            found.append(token)
    return found


def held_share(found: Sequence[str], vocabulary: Container[str]) -> float:
    """The share of `found` (words, repeats counted) that `vocabulary` holds; 0 for no words.
    The one measure behind "most of this text's words occur in that one": the same text."""
    if not found:
        return 0.0
    return sum(word in vocabulary for word in found) / len(found)


def normalize_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, word characters only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))
