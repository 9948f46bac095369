"""repair_mojibake(): UTF-8 the site read as windows-1252 and wrote again is read back, run by
run, and correct text in any language is left alone."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from cleantext.decode import decode, repair_mojibake
from cleantext.heuristics.mojibake import MOJIBAKE_RUN


def _break(text: str, codec: str = "cp1252") -> str:
    """What a site does: the UTF-8 of `text` read as `codec` (bytes it leaves undefined read as
    Latin-1, i.e. as C1 controls, the way browsers and Windows do)."""
    return "".join(
        chr(byte)
        if byte >= 0x80 and bytes([byte]).decode(codec, "replace") == "\ufffd"
        else bytes([byte]).decode(codec, "replace")
        for byte in text.encode("utf-8")
    )


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("itâ€™s", "it’s"),
        ("Investorâ\x80\x99s guide", "Investor’s guide"),  # read as Latin-1: C1 controls
        ("a fiancÃ©e", "a fiancée"),
        ("wait Ã¢Â€Â” what", "wait — what"),  # read wrongly twice
        ("GenÃƒÆ’Ã¢â‚¬Å¡Ãƒâ€šÃ‚Â® s", "Gen® s"),  # four times
        ("â€œquotedâ€\x9d", "“quoted”"),  # 0x9D: undefined in windows-1252
        ("ðŸ˜€ hi", "😀 hi"),
        ("ï»¿Hello", "\ufeffHello"),
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),  # a long run is evidence on its own
        ("æ—¥æœ¬èªž and Ã©", "日本語 and é"),
    ],
)
def test_repairs_mojibake(broken: str, repaired: str) -> None:
    assert repair_mojibake(broken) == repaired


@pytest.mark.parametrize(
    "correct",
    [
        "Le café coûte 2\xa0€, dit-il\xa0: «\xa0C’est la difficulté\xa0», à Noël.",
        "Mit freundlichem Gruß“ und Straß\xade – Öl, Übermaß, Fuß…",
        "A NESCAFÉ® Classic, HÔTEL™ and CAFÉ’s menu.",
        "SÃO PAULO, irmã, maçã – Âmbito «\xa0ação\xa0».",
        "Tiếng Việt có dấu: người, đường, ở, ơn, Ân, Ã.",
        "Президент России заявил сегодня — «экономика растёт».",
        "日本語のテキスト、中文文本、한국어 텍스트.",
        "nach wie vor ihre Ä… nicht aus den Sesseln",  # one weak sequence: left alone
        "class à²\xa0_à²\xa0 extends Array",  # an accented lead before signs, alone
        "icon \uf09b",
    ],
)
def test_leaves_correct_text_alone(correct: str) -> None:
    assert repair_mojibake(correct) is correct


def test_a_lone_weak_sequence_needs_a_broken_page() -> None:
    assert repair_mojibake("piÄ…tek") == "piÄ…tek"
    assert repair_mojibake("piÄ…tek: Ã³ Ã³ Ã³") == "piątek: ó ó ó"


def test_mixed_page_repairs_only_the_broken_runs() -> None:
    template = "<nav>Accueil · Société · Noël</nav>"
    body = "<p>Lâ€™Ã©tÃ© sera chaud â€” trÃ¨s.</p>"
    assert repair_mojibake(template + body) == template + "<p>L’été sera chaud — très.</p>"


def test_implausible_results_are_left_alone() -> None:
    # ß + “ is UTF-8 for an NKo letter, É + ® an IPA letter: correct German and French.
    text = "Gruß“ " * 5 + "NESCAFÉ® " + "Ã© " * 5
    assert repair_mojibake(text) == "Gruß“ " * 5 + "NESCAFÉ® " + "é " * 5


def test_decode_repairs_the_page_text() -> None:
    page = "<p>itâ€™s Ã©tÃ©</p>".encode()
    assert decode(page).text == "<p>it’s été</p>"


def test_utf8_without_a_candidate_is_not_scanned() -> None:
    text = "Accueil · Société · Noël — « déjà »"
    assert repair_mojibake(text, text.encode()) is text


def test_ascii_text_is_returned_as_is() -> None:
    text = "plain ASCII " * 100
    assert repair_mojibake(text) is text


CORRECT_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs"),
    min_codepoint=0x20,
    max_codepoint=0x2BFF,
)
LATIN_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xA0, max_codepoint=0xFF),
    st.sampled_from("‘’“”–—…•€™†‡‰‹›→←"),
)
"""What repair reads back from any density: Latin-1 text and typographic punctuation (their
mojibake, `Ã`/`Â`/`â` before signs, is strong)."""


@settings(max_examples=300, deadline=None)
@given(st.text(CORRECT_ALPHABET, max_size=200))
@example("Gruß“ NESCAFÉ® é\xa0»")
def test_text_without_the_pattern_is_unchanged(text: str) -> None:
    assume(MOJIBAKE_RUN.search(text) is None)
    assert repair_mojibake(text) is text


@settings(max_examples=300, deadline=None)
@given(st.text(LATIN_ALPHABET, max_size=200), st.sampled_from(["cp1252", "latin-1"]))
@example("L’été — très", "cp1252")
@example("½ × ¾ ©", "latin-1")
def test_broken_text_is_read_back(text: str, codec: str) -> None:
    assume(MOJIBAKE_RUN.search(text) is None)  # text that itself looks broken is repaired too
    broken = _break(text, codec)
    assert repair_mojibake(broken) == text
    assert repair_mojibake(broken, broken.encode()) == text  # the byte pre-check misses nothing
    assert repair_mojibake(_break(_break(text, codec), codec)) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Президент России заявил — «экономика растёт»", "windows-1251"),
        ("Ça coûte 2 € à Noël, dit-il : « déjà »", "windows-1252"),
        ("Tiếng Việt có dấu: người, đường, ở", "utf-8"),
        ("Straße, Grüße, Übermaß „Gruß“", "utf-8"),
    ],
)
def test_correct_pages_decode_unchanged(text: str, codec: str) -> None:
    page = f"<p>{text}</p>".encode(codec.replace("windows-", "cp"))
    assert decode(page, codec).text == f"<p>{text}</p>"
