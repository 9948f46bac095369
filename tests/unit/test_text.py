"""_text: the pure string helpers every stage shares."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import _text
from cleantext._text import (
    collapse_spaces,
    held_share,
    normalize_key,
    strip_unwanted,
    trim_lines,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a \t b\n c  ", "a b c"),
        ("\u00a0a\u2003b\u2028c ", "a b c"),
        ("one", "one"),
        ("", ""),
        (" \n\t ", ""),
    ],
    ids=["mixed-ascii-space", "unicode-space", "single-word", "empty", "only-space"],
)
def test_collapse_spaces(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab \t\n\u00a0\u2028\x1c")), st.integers(1, 8))
def test_collapse_spaces_slice_by_slice_is_the_same(text: str, slice_chars: int) -> None:
    """A long text is collapsed in slices cut at a space: the same result as in one go."""
    whole = " ".join(text.split())
    limit = _text.COLLAPSE_SLICE_CHARS
    _text.COLLAPSE_SLICE_CHARS = slice_chars
    try:
        assert collapse_spaces(text) == whole
    finally:
        _text.COLLAPSE_SLICE_CHARS = limit


def test_collapse_spaces_of_a_long_text_does_not_hold_its_words_at_once() -> None:
    text = "word \n " * 400_000  # 800,000 words: 50 MB as a list of strings
    tracemalloc.start()
    try:
        collapsed = collapse_spaces(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert collapsed == " ".join(["word"] * 400_000)
    assert peak < 3 * len(text)


# The brief's collapse_line_spaces was replaced by trim_lines while these tests were written:
# preformatted text now keeps its indentation and only loses trailing spaces and blank ends.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\n\n  a = 1   \n    b\t\n\n\n", "  a = 1\n    b"),
        ("def f():\n    return 1\n\nf()", "def f():\n    return 1\n\nf()"),
        ("x  y", "x  y"),
        ("\n \n", ""),
        ("", ""),
    ],
    ids=["blank-ends-and-trailing", "code-kept", "inner-spaces-kept", "only-blank-lines", "empty"],
)
def test_trim_lines(text: str, expected: str) -> None:
    assert trim_lines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x00b\x08c", "abc"),
        ("a\x0bb\x0cc\x1fd", "abcd"),
        ("a\x7fb\x85c\x9fd", "abcd"),
        ("a\ufffeb\uffffc", "abc"),
        ("a\ufdd0b", "ab"),
        ("a\U0010fffeb", "ab"),
        ("\ud800x", "x"),
        ("x\udfff", "x"),
        ("a\u202eb\u202ac", "abc"),
        ("\u2066isolated\u2069", "isolated"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("café 日本 🎉 a\u200db", "café 日本 🎉 a\u200db"),
        ("", ""),
    ],
    ids=[
        "c0",
        "vertical-tab-form-feed-us",
        "del-and-c1",
        "noncharacters-fffe-ffff",
        "noncharacter-fdd0",
        "noncharacter-plane-16",
        "lone-high-surrogate",
        "lone-low-surrogate",
        "bidi-overrides",
        "bidi-isolates",
        "tab-newline-kept",
        "ordinary-text-kept",
        "empty",
    ],
)
def test_strip_unwanted(text: str, expected: str) -> None:
    assert strip_unwanted(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=())))
def test_strip_unwanted_is_idempotent_and_leaves_no_controls(text: str) -> None:
    cleaned = strip_unwanted(text)
    assert strip_unwanted(cleaned) == cleaned
    assert all(ch in "\t\n" or not (ch < " " or "\x7f" <= ch <= "\x9f") for ch in cleaned)
    assert not any("\ud800" <= ch <= "\udfff" for ch in cleaned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World!", ["hello", "world"]),
        ("Straße Ünïcode", ["straße", "ünïcode"]),
        ("日本語テキスト", ["日", "本", "語", "テ", "キ", "ス", "ト"]),
        ("中文新闻", ["中", "文", "新", "闻"]),
        ("Apple 日本 2024", ["apple", "日", "本", "2024"]),
        ("中文,English", ["中", "文", "english"]),
        ("ภาษาไทย", ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"]),
        ("", []),
        ("— … !", []),
    ],
    ids=[
        "english",
        "latin-diacritics",
        "japanese",
        "chinese",
        "mixed-spaced",
        "mixed-punctuated",
        "thai",
        "empty",
        "punctuation-only",
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_words_latin_word_glued_to_cjk() -> None:
    assert words("iPhoneを発売") == ["iphone", "を", "発", "売"]


def test_words_keeps_combining_marks() -> None:
    assert words("यह एक परीक्षण है") == ["यह", "एक", "परीक्षण", "है"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\uff28\uff45\uff4c\uff4c\uff4f,  World!", "hello world"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),
        ("Ban Ki-moon eyes greater UN role", "ban ki moon eyes greater un role"),
        ("  ", ""),
        ("e\u0301tude", "étude"),
    ],
    ids=["fullwidth", "sharp-s", "ligature", "hyphen-and-case", "blank", "decomposed-accent"],
)
def test_normalize_key(text: str, expected: str) -> None:
    assert normalize_key(text) == expected


def test_normalize_key_ignores_case_space_and_punctuation() -> None:
    assert normalize_key("Ban Ki-moon: eyes  GREATER role!") == normalize_key(
        "ban ki moon eyes greater role"
    )


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
def test_words_of_ascii_text_are_those_of_the_unicode_word_pattern(text: str) -> None:
    # ASCII text is cut by a set of characters `re` tests by a bitmap (`_ASCII_WORD`)
    assert _text._words(text) == _text._WORD.findall(text.lower())


def test_the_ascii_word_characters_are_the_unicode_pattern_s() -> None:
    every = "".join(map(chr, range(128)))
    assert _text._ASCII_WORD.findall(every.lower()) == _text._WORD.findall(every.lower())


@pytest.mark.parametrize(
    ("found", "vocabulary", "expected"),
    [
        ([], {"a"}, 0.0),  # no words: nothing is held, never "all of it"
        (["a", "b", "c", "d"], {"a", "b", "c"}, 0.75),
        (["a", "a", "b"], {"a"}, 2 / 3),  # repeats count once each time they occur
        (("x", "y"), set(), 0.0),
    ],
)
def test_held_share(found: list[str], vocabulary: set[str], expected: float) -> None:
    assert held_share(found, vocabulary) == pytest.approx(expected)
