"""Format checks for the stop-word lists in ``cleantext/heuristics/stopwords/``.

Each ``<iso639-1>.txt`` file starts with ``#`` header comments (language name, source,
licence and, for languages not written with spaces between words, a ``# script:`` line),
followed by one entry per line, most frequent first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

STOPWORDS_DIR = Path(__file__).parents[1] / "src" / "cleantext" / "heuristics" / "stopwords"

SOURCE_LINE = (
    "# source: written for cleantext from general knowledge of the language's most "
    "frequent function words"
)
LICENCE_LINE = "# licence: Apache-2.0 (same as the project)"
NAME_LINE = re.compile(r"^# (?P<name>\S.*\S) stop words for cleantext$")
SCRIPT_LINE = re.compile(r"^# script: (?P<script>\S+)$")
KNOWN_SCRIPTS = {"space", "nospace", "suffix"}

# Entry-count bounds: (minimum, maximum) by script.
BOUNDS = {"space": (100, 250), "suffix": (100, 250), "nospace": (40, 150)}

# Languages the project promises to cover; the dev corpus adds Icelandic, Swahili, Xhosa and
# Zulu (the last two on South African pages that declare lang="en").
REQUIRED = {
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sk", "tr", "sv",
    "da", "no", "fi", "hu", "ro", "el", "bg", "hr", "sl", "lt", "lv", "et", "ar", "fa",
    "he", "hi", "id", "ms", "vi", "th", "ja", "zh", "ko", "is", "sw",
    "xh", "zu",
}  # fmt: skip
NOSPACE = {"ja", "zh", "th"}
SUFFIX = {"ko"}

FILES = sorted(STOPWORDS_DIR.glob("*.txt"))


def _parse(path: Path) -> tuple[list[str], list[str]]:
    """Split a list file into (header comment lines, entry lines)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline
    header: list[str] = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    return header, lines[len(header) :]


def _script(header: list[str]) -> str:
    for line in header:
        m = SCRIPT_LINE.match(line)
        if m:
            return m.group("script")
    return "space"


def test_folder_has_lists() -> None:
    assert STOPWORDS_DIR.is_dir(), STOPWORDS_DIR
    assert FILES, f"no .txt files in {STOPWORDS_DIR}"


def test_required_languages_present() -> None:
    present = {p.stem for p in FILES}
    assert present >= REQUIRED, f"missing: {sorted(REQUIRED - present)}"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
class TestStopwordFile:
    def test_file_name_is_iso639_1(self, path: Path) -> None:
        assert re.fullmatch(r"[a-z]{2}\.txt", path.name), path.name

    def test_utf8_without_bom_or_crlf(self, path: Path) -> None:
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM"
        assert b"\r" not in raw, "CR line ending"
        raw.decode("utf-8")
        assert raw.endswith(b"\n") and not raw.endswith(b"\n\n"), "must end with one newline"

    def test_header(self, path: Path) -> None:
        header, _ = _parse(path)
        assert len(header) >= 3, header
        assert NAME_LINE.match(header[0]), header[0]
        assert header[1] == SOURCE_LINE, header[1]
        assert header[2] == LICENCE_LINE, header[2]
        for line in header[3:]:
            m = SCRIPT_LINE.match(line)
            assert m, f"unexpected header line: {line!r}"
            assert m.group("script") in KNOWN_SCRIPTS, line
        assert sum(bool(SCRIPT_LINE.match(line)) for line in header) <= 1

    def test_script_marker(self, path: Path) -> None:
        header, _ = _parse(path)
        expected = "space"
        if path.stem in NOSPACE:
            expected = "nospace"
        elif path.stem in SUFFIX:
            expected = "suffix"
        assert _script(header) == expected

    def test_no_comments_or_blank_lines_after_header(self, path: Path) -> None:
        _, entries = _parse(path)
        for n, entry in enumerate(entries, 1):
            assert entry, f"blank line at entry {n}"
            assert not entry.startswith("#"), f"comment among entries: {entry!r}"

    def test_entries_are_clean(self, path: Path) -> None:
        _, entries = _parse(path)
        for entry in entries:
            assert entry == entry.strip(), f"surrounding whitespace: {entry!r}"
            assert not re.search(r"\s", entry), f"whitespace inside: {entry!r}"
            assert entry == unicodedata.normalize("NFC", entry), f"not NFC: {entry!r}"
            assert entry == entry.lower(), f"not lowercase: {entry!r}"
            # Letters and combining marks only: no punctuation, digits, apostrophes,
            # hyphens or invisible format characters (ZWNJ, BOM, ...).
            bad = [c for c in entry if unicodedata.category(c)[0] not in "LM"]
            assert not bad, f"{entry!r} contains {[f'U+{ord(c):04X}' for c in bad]}"

    def test_no_duplicates(self, path: Path) -> None:
        _, entries = _parse(path)
        dups = sorted(e for e, n in Counter(entries).items() if n > 1)
        assert not dups, f"duplicates: {dups}"

    def test_entry_count(self, path: Path) -> None:
        header, entries = _parse(path)
        low, high = BOUNDS[_script(header)]
        assert low <= len(entries) <= high, f"{len(entries)} entries, want {low}..{high}"


def test_persian_uses_persian_letters() -> None:
    """Persian text uses U+06CC YEH and U+06A9 KEHEH, not the Arabic YEH/KAF/ALEF MAKSURA."""
    _, entries = _parse(STOPWORDS_DIR / "fa.txt")
    arabic_forms = [e for e in entries if set(e) & {"\u064a", "\u0643", "\u0649"}]
    assert not arabic_forms, arabic_forms
