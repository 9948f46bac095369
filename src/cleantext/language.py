"""Which language a page is in: its declaration when the text agrees, else the stop-word vote."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

from .heuristics.stopwords import StopWords, all_stopwords, available_languages, stopwords

SAMPLE_WORDS = 1500
"""Words read for the vote: enough to separate languages, bounded for huge pages."""
MIN_VOTES = 5
"""Fewer stop-word hits than this and the text is too short to tell."""
AGREEMENT = 0.5
"""A declared language stands if its list gets at least this share of the winner's hits."""
LANGUAGE_SUBTAG_CHARS = (2, 8)
"""Shortest and longest primary language subtag (BCP 47): `en`, `fil`; `i-…`, `x-…` are not."""
NOSPACE_LANGUAGES = ("zh", "ja", "th", "ko")
"""Scripts without spaces, voted for by their single characters (the tokenizer cuts their text
into one word per character) that no spaced-script list holds; in this order when tied."""


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Stop word -> the spaced-script languages it belongs to."""
    table: dict[str, list[str]] = {}
    for code in sorted(available_languages()):
        found = stopwords(code)
        if found is None or found.nospace:
            continue
        for word in found.words:
            table.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


@functools.cache
def _voters() -> frozenset[str]:
    """The words that can score: the spaced-script stop words (`_index`) and the single
    characters of the no-space lists that no spaced list holds."""
    index = _index()
    chars = {
        char
        for code in NOSPACE_LANGUAGES
        if (found := stopwords(code)) is not None and found.nospace
        for char in found.words
        if len(char) == 1 and not char.isascii() and char not in index
    }
    return frozenset(index.keys() | chars)


def vote(texts: Iterable[list[str]]) -> Counter[str]:
    """Stop-word hits per language over the first SAMPLE_WORDS words of the texts' word lists."""
    index = _index()
    sample: list[str] = []
    for tokens in texts:
        sample.extend(tokens)
        if len(sample) >= SAMPLE_WORDS:
            break
    # Each distinct stop word once, in order of first occurrence: the counts, and the order in
    # which languages first score (ties in `most_common`), are those of a word-by-word count.
    # Only the words that can score are counted: most of a text's words are no stop words.
    counted = Counter(filter(_voters().__contains__, sample))
    counts: Counter[str] = Counter()
    for word in filter(index.__contains__, counted):
        times = counted[word]
        for code in index[word]:
            counts[code] += times
    for code in NOSPACE_LANGUAGES:
        found = stopwords(code)
        if found is not None and found.nospace:
            counts[code] += sum(
                counted[char]
                for char in counted.keys() & found.words
                if len(char) == 1 and not char.isascii() and char not in index
            )
    return counts


def detect(texts: Iterable[list[str]], declared: str | None) -> str | None:
    """The page language: the declared code when the text does not contradict it."""
    counts = vote(texts)
    code = _declared_code(declared)
    listed = stopwords(code) if code else None
    if listed is not None:
        code = listed.language
    if not counts or counts.most_common(1)[0][1] < MIN_VOTES:
        return code
    best, best_hits = counts.most_common(1)[0]
    if code and counts.get(code, 0) >= AGREEMENT * best_hits:
        return code
    return best


def _declared_code(declared: str | None) -> str | None:
    """The primary language subtag of a declared `lang` (`en` of `en-US`, ` EN_us `), None
    when it cannot be one (BCP 47: LANGUAGE_SUBTAG_CHARS ASCII letters). A template's
    placeholder (`{{lang}}`), a blank or a control character is no declaration: it came out as
    `Extraction.language` when the text was too short to vote."""
    code = (declared or "").strip().lower().replace("_", "-").split("-")[0]
    shortest, longest = LANGUAGE_SUBTAG_CHARS
    if shortest <= len(code) <= longest and code.isascii() and code.isalpha():
        return code
    return None


def stopword_set(language: str | None) -> StopWords:
    """The list for a language, or the union of all lists (language-neutral fallback)."""
    found = stopwords(language) if language else None
    return found if found is not None else StopWords("", all_stopwords(), False)
