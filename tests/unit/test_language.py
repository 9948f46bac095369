"""The stop-word vote and the language it settles on."""

from __future__ import annotations

from collections import Counter

import pytest

from cleantext import language
from cleantext._text import words
from cleantext.language import SAMPLE_WORDS, detect, vote

ENGLISH = words("the cat and the dog")
FRENCH = words("le chat et le chien")


def test_vote_counts_every_occurrence_of_a_stop_word() -> None:
    assert vote([ENGLISH])["en"] == 3
    assert vote([ENGLISH, ENGLISH])["en"] == 6


def test_vote_ties_go_to_the_language_that_scored_first() -> None:
    assert [code for code, _ in vote([ENGLISH, FRENCH]).most_common(2)] == ["en", "fr"]
    assert [code for code, _ in vote([FRENCH, ENGLISH]).most_common(2)] == ["fr", "en"]


def test_vote_reads_only_the_sample() -> None:
    filler = ["zzz"] * SAMPLE_WORDS
    assert vote([filler, FRENCH])["fr"] == 0
    assert vote([FRENCH, filler])["fr"] == 3


def test_vote_counts_as_a_word_by_word_count_does() -> None:
    """Counting only the words that can score (`_voters`) gives the counts, and the order in
    which languages first score, of a count over every word."""
    sample = words("Le chat et the dog 这是我们的国家 zzz und der Hund el perro 的首都 and")
    index = language._index()
    expected: Counter[str] = Counter()
    for word in sample:
        for code in index.get(word, ()):
            expected[code] += 1
    counts = vote([sample])
    assert list(counts.items())[: len(expected)] == list(expected.items())
    assert counts["zh"] >= 3


def test_vote_counts_the_characters_of_scripts_without_spaces() -> None:
    counts = vote([words("这是我们的国家的首都")])
    assert counts["zh"] >= 3
    assert counts["ja"] < counts["zh"]
    assert vote([ENGLISH])["zh"] == 0


def test_vote_leaves_a_character_of_a_spaced_list_to_that_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A character some spaced-script list holds votes for that list, not for Chinese."""
    monkeypatch.setattr(language, "_index", lambda: {"的": ("xx",)})
    monkeypatch.setattr(language, "_voters", lambda: frozenset({"的", "是"}))
    counts = vote([words("的的的是")])
    assert counts["xx"] == 3
    assert counts["zh"] == 1


def test_detect_keeps_a_declared_language_the_text_does_not_contradict() -> None:
    assert detect([ENGLISH * 3], "en-GB") == "en"
    assert detect([FRENCH * 3], "en") == "fr"
    assert detect([["zzz"]], "de_AT") == "de"


@pytest.mark.parametrize(
    "declared", [" ", "\u202een", "\x01q", "a b", "{{lang}}", "x-klingon", "x" * 9]
)
def test_detect_ignores_a_declaration_that_is_no_language_code(declared: str) -> None:
    """fz-meta campaign: on a page too short to vote, `<html lang>` came out as the language
    whatever it held (a blank, a bidi override, a control character)."""
    assert detect([["zzz"]], declared) is None


def test_a_declared_code_is_read_without_its_spaces() -> None:
    assert detect([["zzz"]], " EN_us ") == "en"
    assert detect([["zzz"]], "tlh") == "tlh"


def test_page_languages_are_not_remembered() -> None:
    """A cache keyed by `<html lang>` grew with every distinct value of a batch."""
    from cleantext.heuristics import stopwords as lists

    for number in range(100):
        detect([["zzz"]], f"q{'z' * 5}{number}")
    assert lists._load.cache_info().currsize <= len(lists.available_languages())
