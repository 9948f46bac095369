"""decode(): every step of the documented precedence, lying charsets, and label safety."""

from __future__ import annotations

import codecs
import gzip
import zlib

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from cleantext import decode as decode_module
from cleantext.decode import (
    LABELS,
    LATIN_LETTERS,
    LATIN_SIGNS,
    MIN_DETECT_BYTES,
    Decoded,
    EncodingSource,
    InflateRefused,
    codec_for_label,
    decode,
    inflate,
    looks_binary,
    sniff_meta,
)
from cleantext.heuristics.mojibake import MOJIBAKE_RUN

BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

RUSSIAN = (
    "Президент России заявил сегодня, что экономика страны продолжает расти, "
    "несмотря на все трудности прошедшего года. "
) * 3
FRENCH = (
    "Le président de la République a déclaré aujourd'hui que l'économie française "
    "était en très bonne santé, malgré les difficultés rencontrées à l'étranger. "
    "Où est passé l'été ? "
) * 2
GERMAN = (
    "Die Bundesregierung hat heute beschlossen, dass die Straßenbahn in München künftig "
    "öfter fährt. Außerdem sollen Gebühren für Fahrgäste sinken, erklärte der "
    "Bürgermeister. "
) * 2


# --- 1. byte-order marks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (codecs.BOM_UTF8 + "café".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-16le", "utf-16be"],
)
def test_bom_decides_and_is_removed(data: bytes, codec: str) -> None:
    result = decode(data)
    assert result == Decoded("café", codec, EncodingSource.BOM)


def test_bom_beats_declared_charset_and_meta() -> None:
    data = codecs.BOM_UTF8 + b'<meta charset="windows-1251">' + "café".encode()
    result = decode(data, declared="windows-1251")
    assert result.source is EncodingSource.BOM
    assert result.encoding == "utf-8"
    assert result.text.endswith("café")


# --- 2. the caller's charset -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "data", "text", "codec"),
    [
        ("windows-1251", "При".encode("cp1251"), "При", "cp1251"),
        ('  "Windows-1251" ', "При".encode("cp1251"), "При", "cp1251"),
        ("koi8-r", "При".encode("koi8-r"), "При", "koi8-r"),
        ("shift_jis", "日本語".encode("cp932"), "日本語", "cp932"),
        ("utf-16le", "日本".encode("utf-16-le"), "日本", "utf-16-le"),
    ],
    ids=["windows-1251", "quoted-mixed-case", "koi8-r", "shift_jis", "utf-16le"],
)
def test_declared_charset_is_used(declared: str, data: bytes, text: str, codec: str) -> None:
    assert decode(data, declared=declared) == Decoded(text, codec, EncodingSource.DECLARED)


def test_declared_charset_beats_meta() -> None:
    data = b'<meta charset="iso-8859-2">' + "При".encode("cp1251")
    result = decode(data, declared="windows-1251")
    assert result.source is EncodingSource.DECLARED
    assert result.encoding == "cp1251"
    assert result.text.endswith("При")


def test_unknown_declared_label_falls_through_to_meta() -> None:
    data = b'<meta charset="windows-1251">' + "При".encode("cp1251")
    result = decode(data, declared="utf8mb4")
    assert result.source is EncodingSource.META
    assert result.text.endswith("При")


# --- 3. <meta> -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        b'<meta charset="windows-1251">',
        b"<meta charset=windows-1251>",
        b"<META CHARSET='Windows-1251'>",
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        b'<meta content="text/html;charset=windows-1251" http-equiv="content-type">',
    ],
    ids=["charset-quoted", "charset-bare", "upper-case", "http-equiv", "content-first"],
)
def test_meta_charset_is_used(head: bytes) -> None:
    data = b"<html><head>" + head + b"</head><body>" + "Привет".encode("cp1251")
    result = decode(data)
    assert result.source is EncodingSource.META
    assert result.encoding == "cp1251"
    assert result.text.endswith("Привет")


def test_meta_after_the_scan_window_is_ignored() -> None:
    data = b" " * 5000 + b'<meta charset="windows-1251">' + "Привет".encode()
    assert sniff_meta(data) is None
    assert decode(data).source is EncodingSource.UTF8


# --- 4. strict UTF-8 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "café", "日本語のテキスト", "emoji 🎉"],
    ids=["ascii", "latin", "cjk", "emoji"],
)
def test_valid_utf8_without_any_declaration(text: str) -> None:
    assert decode(text.encode()) == Decoded(text, "utf-8", EncodingSource.UTF8)


# --- 5. charset-normalizer -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "codecs_allowed"),
    [
        (RUSSIAN, "cp1251", {"cp1251"}),
        (FRENCH, "cp1252", {"cp1252"}),
        # cp1250 and cp1252 agree on every byte of German text: either reading is right.
        (GERMAN, "cp1252", {"cp1252", "cp1250"}),
    ],
    ids=["cp1251-russian", "cp1252-french", "cp1252-german"],
)
def test_longer_legacy_text_is_detected(text: str, codec: str, codecs_allowed: set[str]) -> None:
    data = text.encode(codec)
    assert len(data) >= MIN_DETECT_BYTES
    result = decode(data)
    assert result.source is EncodingSource.DETECTED
    assert result.encoding in codecs_allowed
    assert result.text == text


POLISH = (
    "Łódź i Gdańsk są dużymi miastami. Wczoraj rząd ogłosił, że pociągi będą szybsze, "
    "a bilety tańsze. Mieszkańcy cieszą się z tej zmiany. "
) * 3
TURKISH = (
    "Türkiye'nin başkenti Ankara'dır. Bugün hava çok güzel ve sıcaktı; insanlar parkta "
    "yürüyüş yaptılar. Öğretmenler okulların açılışını bekliyor. "
) * 3
ENGLISH_CP1252 = (
    "<p>\u201cIt\u2019s done,\u201d she said \u2014 \u00a9 2007 Acme\u2122 \u2026 "
    "\u00ab\u00a0page\u00a0\u00bb \u2022 30\u00b0 \u00b1 1.</p>\n"
) * 4


@pytest.fixture
def no_charset_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> None:
        raise AssertionError("charset-normalizer was asked")

    monkeypatch.setattr(decode_module, "from_bytes", refuse)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_CP1252,
        GERMAN,
        ENGLISH_CP1252 + "<p>café</p>",
        ENGLISH_CP1252 + "<p>Fees are £3,000 a year; El Niño, Español.</p>",
    ],
    ids=["english-signs", "german", "english-e-acute", "english-pound-enye"],
)
def test_page_of_latin_signs_and_letters_is_cp1252_without_charset_normalizer(
    text: str, no_charset_normalizer: None
) -> None:
    data = text.encode("cp1252")
    assert len(data) >= MIN_DETECT_BYTES
    assert decode(data) == Decoded(text, "cp1252", EncodingSource.DETECTED)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (POLISH, "cp1250"),  # Łódź, Gdańsk: beside ą ę ł ż, outside the Latin sets
        (RUSSIAN, "cp1251"),
        (FRENCH, "cp1252"),  # è, à, ù: windows-1250 reads them č, ŕ, ů
        ("東京の天気は晴れです。明日は雨が降るでしょう。" * 8, "cp932"),
    ],
    ids=["cp1250-polish", "cp1251-russian", "cp1252-french", "shift-jis"],
)
def test_page_with_letters_is_left_to_charset_normalizer(
    text: str, codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bytes] = []
    real = decode_module.from_bytes
    monkeypatch.setattr(decode_module, "from_bytes", lambda data: asked.append(data) or real(data))
    data = text.encode(codec)
    result = decode(data)
    assert asked
    assert result.source in (EncodingSource.DETECTED, EncodingSource.FALLBACK)
    assert result.text == text


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH_CP1252.encode("cp1252") + b"<p>stray \x81 byte \xa0 \x92s</p>",
        TURKISH.encode("cp1254"),
    ],
    ids=["mixed-strays-with-0x81", "cp1254-turkish"],
)
def test_pages_the_latin_bytes_do_not_settle_go_to_charset_normalizer(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`\\x81` is no windows-1252 character (a Shift_JIS lead byte): the signs around it do not
    settle the page. Turkish `ı ş ğ` are `ý þ ð` in windows-1252, outside the shared letters
    (which charset-normalizer then answers is its own affair)."""
    asked: list[bytes] = []
    real = decode_module.from_bytes
    monkeypatch.setattr(decode_module, "from_bytes", lambda data: asked.append(data) or real(data))
    decode(data)
    assert asked


def test_latin_signs_and_letters_read_alike_in_windows_1252_and_1250() -> None:
    for shared in (LATIN_SIGNS, LATIN_LETTERS):
        assert shared.decode("cp1250") == shared.decode("cp1252")
    assert not any(char.isalpha() for char in LATIN_SIGNS.decode("cp1252"))
    assert all(char.isalpha() for char in LATIN_LETTERS.decode("cp1252"))
    assert "’" in LATIN_SIGNS.decode("cp1252") and "£" not in LATIN_SIGNS.decode("cp1252")
    assert "é" in LATIN_LETTERS.decode("cp1252")
    assert not set("èñýÝ") & set(LATIN_LETTERS.decode("cp1252"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list((LATIN_SIGNS + LATIN_LETTERS).decode("cp1252")) + list("ab <>/.")),
        min_size=MIN_DETECT_BYTES,
    )
)
def test_any_page_of_ascii_and_latin_signs_and_letters_is_detected_as_cp1252(
    chars: list[str],
) -> None:
    text = "".join(chars)
    data = text.encode("cp1252")
    assume(not data.isascii())
    assert decode_module._detect(data) == "cp1252"
    assert data.decode("cp1250") == text


def test_utf16_without_bom_is_sniffed_from_its_nuls() -> None:
    text = "<p>café naïve</p> " * 40
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode(text.encode(codec)) == Decoded(text, codec, EncodingSource.UTF16_SNIFF)


def test_a_meta_utf16_declaration_is_ignored() -> None:
    """A `<meta charset=utf-16>` was read as ASCII: the page is not UTF-16 (WHATWG reads it
    as UTF-8). Taken at its word, it turned the page into CJK noise."""
    text = "<html><head><meta charset='utf-16'><title>Café</title></head><p>naïve</p>"
    assert decode(text.encode()) == Decoded(text, "utf-8", EncodingSource.UTF8, text.encode())
    latin = decode(text.encode("cp1252"))
    assert latin.text == text and latin.source is not EncodingSource.META
    assert decode(text.encode("utf-16-le")).encoding == "utf-16-le"  # its NULs tell


def test_scattered_nuls_are_not_utf16() -> None:
    data = b"<p>text\x00with a few\x00 NUL bytes</p>" * 20
    result = decode(data)
    assert result.source is EncodingSource.UTF8
    assert "text\x00with" in result.text


def test_detection_never_answers_utf16() -> None:
    data = bytes(range(1, 256)) * 4  # not valid UTF-8, no NUL pattern
    result = decode(data)
    assert result.encoding is not None
    assert not result.encoding.replace("_", "-").startswith(("utf-16", "utf-32"))


def test_utf8_with_stray_cp1252_bytes_keeps_both() -> None:
    data = "<p>Café, naïve, résumé, très coûteux.</p>".encode() + b"<p>\x93quoted\x94</p>"
    result = decode(data)
    assert result.source is EncodingSource.MIXED
    assert result.text == "<p>Café, naïve, résumé, très coûteux.</p><p>“quoted”</p>"


def test_utf8_with_characters_cut_short_is_utf8() -> None:
    """`—` and `”` that lost their last byte to a plain `"` (E2 80 22), beside whole `’`: the
    cut sequences outnumber the whole ones, but no windows-1252 text writes `â€"`."""
    data = (
        b'<p>Most of us know our Sun signs\xe2\x80"Libra, Aries\xe2\x80"and so on.</p>'
        b'<p>What\xe2\x80\x99s yours? The lady of the night\xe2\x80"no matter where.</p>'
    )
    result = decode(data)
    assert result.source is EncodingSource.MIXED
    assert result.text == (
        '<p>Most of us know our Sun signs\ufffd"Libra, Aries\ufffd"and so on.</p>'
        '<p>What’s yours? The lady of the night\ufffd"no matter where.</p>'
    )


def test_legacy_text_that_happens_to_look_cut_short_is_not_utf8() -> None:
    """French windows-1252: `à` and `é` before a no-break space have the shape of a UTF-8
    sequence cut short; with no whole sequence beside them they are legacy text."""
    data = "<p>Voilà\u00a0! L'été\u00a0: très chaud.</p>".encode("cp1252")
    result = decode(data)
    assert result.source is not EncodingSource.MIXED
    assert "Voilà\u00a0! L'été\u00a0:" in result.text


_WHOLE = st.sampled_from("’“”—€дпжλ中文")
"""Characters of two or three UTF-8 bytes that no mojibake repair touches."""


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_WHOLE, st.booleans()), min_size=1, max_size=40),
    st.sampled_from(" .,\"'x"),
)
def test_utf8_with_a_minority_cut_short_keeps_every_whole_character(
    letters: list[tuple[str, bool]], after: str
) -> None:
    """UTF-8 whose three-byte characters are cut short (their last byte lost before an ASCII
    byte) in at most as many places as there are whole ones: the whole characters decode, each
    cut one is one U+FFFD."""
    cut = [(letter, is_cut and len(letter.encode()) == 3) for letter, is_cut in letters]
    assume(sum(is_cut for _, is_cut in cut) <= sum(not is_cut for _, is_cut in cut))
    data = b"".join(
        (letter.encode()[:-1] if is_cut else letter.encode()) + after.encode()
        for letter, is_cut in cut
    )
    expected = "".join(("\ufffd" if is_cut else letter) + after for letter, is_cut in cut)
    result = decode(data)
    assert result.text == expected
    assert result.encoding == "utf-8"


# --- 5b. charset-normalizer's answer checked against the page's language ----------------------

ENGLISH = (
    "<p>The committee said that it was not the time for a change, and the members of the "
    "board agreed with the report which they had read before the meeting.</p>\n"
) * 3


class _Answer:
    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding

    def best(self) -> _Answer | None:
        return self if self.encoding else None


def _charset_normalizer_answers(monkeypatch: pytest.MonkeyPatch, encoding: str | None) -> None:
    monkeypatch.setattr(decode_module, "from_bytes", lambda data: _Answer(encoding))


@pytest.mark.parametrize(
    "extra",
    [
        "<p>We had 2½ months; they are surely naïve.</p>",  # ½ ï: ˝ ď in windows-1250
        "<p>1º. the data; the European Union¹.</p>",  # º ¹: ş ą
        "<p>PREMIÈRE, DEUXIÈME (1re, 2e)</p>",  # È: Č
    ],
    ids=["half-i-diaeresis", "ordinal-superscript", "e-grave"],
)
def test_english_page_is_windows_1252_whatever_latin_codec_is_detected(
    extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Charset-normalizer finds windows-1250 as orderly as windows-1252 on such pages and
    answered it; the English function words say windows-1252."""
    text = ENGLISH + extra
    data = text.encode("cp1252")
    assert data.translate(None, decode_module._ASCII_OR_LATIN)  # not settled by the shortcut
    _charset_normalizer_answers(monkeypatch, "cp1250")
    assert decode(data) == Decoded(text, "cp1252", EncodingSource.DETECTED)


@pytest.mark.parametrize(
    ("text", "codec", "answered"),
    [
        (POLISH, "cp1250", "cp1250"),
        (POLISH, "iso8859-2", "iso8859_2"),  # one of Polish's codecs: left as answered
        (TURKISH, "cp1254", "cp1254"),
        (RUSSIAN + ENGLISH, "cp1251", "cp1251"),  # not a Latin codec: English words do not count
    ],
    ids=["polish-cp1250", "polish-iso8859-2", "turkish", "russian-with-english"],
)
def test_codec_that_fits_the_page_language_stands(
    text: str, codec: str, answered: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _charset_normalizer_answers(monkeypatch, answered)
    result = decode(text.encode(codec))
    assert (result.encoding, result.text) == (codec, text)


def test_polish_page_gets_its_own_codec_when_another_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _charset_normalizer_answers(monkeypatch, "cp1252")
    result = decode(POLISH.encode("cp1250"))
    assert (result.encoding, result.text) == ("cp1250", POLISH)


def test_no_answer_and_no_language_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    _charset_normalizer_answers(monkeypatch, None)
    data = ("<p>" + "\u0434\u0430 \u043d\u0435\u0442 " * 60 + "</p>").encode("cp1251")
    assert decode(data).source is EncodingSource.FALLBACK


def test_a_stray_byte_does_not_make_a_latin_page_cjk(monkeypatch: pytest.MonkeyPatch) -> None:
    """`caf\xe9s` in an English page: a double-byte reading takes the `s` as the second byte of
    a kanji; two non-ASCII bytes are no evidence of Japanese."""
    _charset_normalizer_answers(monkeypatch, "cp932")
    result = decode((ENGLISH + "<p>\x81@</p><p>caf\xe9s</p>").encode("latin-1"))
    assert result.encoding == "cp1252"
    assert "cafés" in result.text


def test_latin_bytes_are_no_half_width_katakana(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ª À` are single-byte katakana in Shift_JIS: no letter is swallowed, but windows-1252
    reads them, and three bytes are no evidence of Japanese."""
    _charset_normalizer_answers(monkeypatch, "cp932")
    text = ENGLISH + "<p>1ª À la carte</p>"
    assert decode(text.encode("cp1252")).text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("ªÀ" + ENGLISH.replace("change,", "change€,"), "cp1252"),
        (ENGLISH + "<p>Москва — столица России.</p>", "cp1251"),
    ],
    ids=["english-with-three-western-bytes", "russian-with-an-english-menu"],
)
def test_a_cyrillic_answer_needs_cyrillic_bytes(
    text: str, codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """windows-1251 reads `ª À €` as `Є А Ђ`: three bytes are no evidence of Russian (the
    example hypothesis found for the round-trip property below); a Russian page with an
    English menu stays Russian."""
    _charset_normalizer_answers(monkeypatch, "cp1251")
    assert decode(text.encode(codec)).text == text


def test_a_double_byte_character_that_keeps_the_letters_stays_cjk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same full-width space alone: read as Shift_JIS, every ASCII letter stays itself."""
    _charset_normalizer_answers(monkeypatch, "cp932")
    result = decode((ENGLISH + "<p>\x81@</p>").encode("latin-1"))
    assert result.encoding == "cp932"
    assert "<p>\u3000</p>" in result.text


def test_cjk_text_on_a_latin_page_stays_cjk(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ENGLISH + "<p>東京の天気は晴れです。</p>"
    _charset_normalizer_answers(monkeypatch, "cp932")
    assert decode(text.encode("cp932")).text == text


@pytest.mark.parametrize("answered", [None, "cp1252", "big5hkscs"])
def test_mac_roman_letters_inside_words(
    answered: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ê` and `é` saved by an old Mac (90, 8E): 90 is no windows-1252 character."""
    text = ENGLISH + "<p>La Belle et la Bête, Orphée</p>"
    _charset_normalizer_answers(monkeypatch, answered)
    assert decode(text.encode("mac-roman")) == Decoded(text, "mac-roman", EncodingSource.DETECTED)


def test_undefined_byte_outside_a_word_is_no_mac_roman(monkeypatch: pytest.MonkeyPatch) -> None:
    _charset_normalizer_answers(monkeypatch, None)
    result = decode((ENGLISH + "<p>\x90</p><p>Bête</p>").encode("latin-1"))
    assert result.encoding == "cp1252"


def test_page_language_reads_text_not_code() -> None:
    script = b"<script>for (x in this) { if (a) return this; }</script>" * 20
    assert decode_module.page_language(script + b"<p>hello</p>") is None
    assert decode_module.page_language(b'<html lang="pl">' + script) == "pl"
    english = ENGLISH.encode("ascii")
    assert decode_module.page_language(english) == "en"
    assert decode_module.page_language(b'<html lang="de">' + english) == "en"
    assert decode_module.page_language(english.replace(b"board", b"b\xf6ard")) == "en"


_WESTERN_CHARS = st.sampled_from(
    [char for char in bytes(range(0xA0, 0x100)).decode("cp1252") if char.isalpha()]
    + list("’“”–—…€½¼°º¹²")
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(ENGLISH)), _WESTERN_CHARS), min_size=1, max_size=6))
def test_english_page_with_a_few_western_characters_round_trips(
    inserted: list[tuple[int, str]],
) -> None:
    """English text in windows-1252 with a few non-ASCII letters or signs anywhere decodes as
    written, whatever charset-normalizer makes of them (unless the bytes are UTF-8: `Â’` is
    C2 92; and before a mojibake repair, which may read `Â’` as the `’` it looks like)."""
    text = ENGLISH
    for position, char in sorted(inserted, reverse=True):
        text = text[:position] + char + text[position:]
    data = text.encode("cp1252")
    assume(not decode_module._mostly_utf8(data))
    assert decode_module._decode(data, None).text == text


# --- 6. windows-1252 fallback ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [(b"caf\xe9", "café"), (b"na\xefve \x93quoted\x94", "naïve “quoted”"), (b"\xff", "ÿ")],
    ids=["cafe", "smart-quotes", "single-byte"],
)
def test_short_undecodable_bytes_fall_back_to_cp1252(data: bytes, text: str) -> None:
    assert len(data) < MIN_DETECT_BYTES
    result = decode(data)
    assert result == Decoded(text, "cp1252", EncodingSource.FALLBACK)
    assert "utf-16" not in (result.encoding or "")


# --- lying charsets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "data"),
    [
        ("iso-8859-1", "café".encode()),
        ("windows-1252", "naïve “quoted”".encode()),
        ("windows-1251", "Привет".encode()),
        (None, b'<meta charset="iso-8859-1">' + "café".encode()),
    ],
    ids=["header-latin1", "header-windows-1252", "header-windows-1251", "meta-latin1"],
)
def test_valid_non_ascii_utf8_beats_a_declared_single_byte_charset(
    declared: str | None, data: bytes
) -> None:
    result = decode(data, declared=declared)
    assert result.encoding == "utf-8"
    assert result.source is EncodingSource.UTF8
    assert result.text == data.decode("utf-8")


def test_declared_single_byte_is_used_for_ascii_bytes() -> None:
    assert decode(b"plain", declared="iso-8859-1") == Decoded(
        "plain", "cp1252", EncodingSource.DECLARED
    )


def test_declared_utf8_that_does_not_decode_falls_through_to_fallback() -> None:
    result = decode(b"caf\xe9", declared="utf-8")
    assert result == Decoded("café", "cp1252", EncodingSource.FALLBACK)


def test_declared_utf8_that_does_not_decode_falls_through_to_meta() -> None:
    data = b'<meta charset="windows-1251">' + "При".encode("cp1251")
    result = decode(data, declared="utf-8")
    assert result.source is EncodingSource.META
    assert result.encoding == "cp1251"
    assert result.text.endswith("При")


def test_declared_euc_kr_is_not_treated_as_single_byte() -> None:
    data = "책 창".encode("cp949")  # b"\xc3\xa5 \xc3\xa2", also valid UTF-8 ("å â")
    assert decode(data, declared="euc-kr").text == "책 창"


@pytest.mark.parametrize("declared", ["gb2312", "gbk", "big5", "shift_jis", "euc-kr"])
def test_much_valid_utf8_beats_a_declared_multi_byte_charset(declared: str) -> None:
    data = f'<meta charset="{declared}"><title>人工智能迈上新台阶</title>'.encode()
    result = decode(data)
    assert (result.encoding, result.source) == ("utf-8", EncodingSource.UTF8)
    assert "人工智能迈上新台阶" in result.text


def test_a_real_gbk_page_stays_gbk() -> None:
    data = '<meta charset="gb2312"><title>人工智能迈上新台阶</title>'.encode("gbk")
    result = decode(data)
    assert (result.encoding, result.source) == ("gb18030", EncodingSource.META)
    assert "人工智能迈上新台阶" in result.text


def test_a_re_encoded_chinese_page_is_read_as_utf8() -> None:
    data = b'<meta charset="gb2312">' + "转播到腾讯微博，谷歌在2014年收购".encode()
    result = decode(data)
    assert result.source is EncodingSource.UTF8
    assert result.text.endswith("转播到腾讯微博，谷歌在2014年收购")


def test_two_characters_that_also_fit_utf8_keep_the_declared_charset() -> None:
    data = b'<meta charset="gb2312">' + "氓芒".encode("gb18030")  # also valid UTF-8 ("åâ")
    result = decode(data)
    assert result.source is EncodingSource.META
    assert result.text.endswith("氓芒")


def test_declared_shift_jis_decodes_windows_extensions() -> None:
    data = "①②Ⅲ".encode("cp932")
    assert decode(data, declared="shift_jis").text == "①②Ⅲ"


# --- labels ----------------------------------------------------------------------------------

UNKNOWN_LABELS = [
    "utf8mb4",
    "unicode_escape",
    "utf-7",
    "x-user-defined-bogus",
    "rot13",
    "hex",
    "base64",
    "punycode",
    "raw_unicode_escape",
    "idna",
]


@pytest.mark.parametrize("label", UNKNOWN_LABELS, ids=UNKNOWN_LABELS)
def test_unknown_labels_map_to_nothing(label: str) -> None:
    assert codec_for_label(label) is None


# Not valid UTF-8 (\xe9), so every step runs; "+AGE-" is "a" in UTF-7 and "\\u0041" is "A"
# under unicode_escape: the codec was used if either turns up decoded.
PAYLOAD = b"+AGE- \\u0041 caf\xe9"
PAYLOAD_TEXT = "+AGE- \\u0041 café"


@pytest.mark.parametrize("label", UNKNOWN_LABELS, ids=UNKNOWN_LABELS)
def test_unknown_declared_label_is_never_used_as_codec(label: str) -> None:
    result = decode(PAYLOAD, declared=label)
    assert result == Decoded(PAYLOAD_TEXT, "cp1252", EncodingSource.FALLBACK)


@pytest.mark.parametrize("label", UNKNOWN_LABELS, ids=UNKNOWN_LABELS)
def test_unknown_meta_label_is_never_used_as_codec(label: str) -> None:
    head = b'<meta charset="' + label.encode() + b'">'
    result = decode(head + PAYLOAD)
    assert result.source is EncodingSource.FALLBACK
    assert result.text == head.decode() + PAYLOAD_TEXT


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("latin1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("windows-1252", "cp1252"),
        ("utf8", "utf-8"),
        ("UTF-8", "utf-8"),
        ("gbk", "gb18030"),
        ("gb2312", "gb18030"),
        ("big5", "big5hkscs"),
        ("euc-kr", "cp949"),
        ("utf-16", "utf-16-le"),
        ("utf-16be", "utf-16-be"),
        ("koi8-u", "koi8-u"),
        (" 'windows-1251' ", "cp1251"),
    ],
    ids=lambda value: str(value).strip(),
)
def test_codec_for_whatwg_labels(label: str, codec: str) -> None:
    assert codec_for_label(label) == codec


SHIFT_JIS_LABELS = [
    "shift_jis",
    "Shift_JIS",
    "shift-jis",
    "sjis",
    "ms_kanji",
    "windows-31j",
    "x-sjis",
    "csshiftjis",
    "ms932",
]


@pytest.mark.parametrize("label", SHIFT_JIS_LABELS, ids=SHIFT_JIS_LABELS)
def test_shift_jis_variants_map_to_one_codec(label: str) -> None:
    assert codec_for_label(label) == codec_for_label("shift_jis")
    assert codec_for_label(label) == "cp932"


@pytest.mark.parametrize("label", [None, "", "   "], ids=["none", "empty", "blank"])
def test_codec_for_no_label(label: str | None) -> None:
    assert codec_for_label(label) is None


def test_every_label_maps_to_a_python_text_codec() -> None:
    for label, codec in LABELS.items():
        assert isinstance("x".encode(codec), bytes), label
        assert isinstance(b"x".decode(codec, "replace"), str), label


# --- str input -------------------------------------------------------------------------------


@pytest.mark.parametrize("declared", [None, "windows-1251"], ids=["undeclared", "declared"])
def test_str_passes_through(declared: str | None) -> None:
    text = '<meta charset="windows-1251"><p>café \x00 日本</p>'
    assert decode(text, declared=declared) == Decoded(text, None, EncodingSource.STR)


# --- properties ------------------------------------------------------------------------------

META_PREFIXED = st.builds(
    lambda label, body: b'<meta charset="' + label.encode("utf-8", "replace") + b'">' + body,
    st.one_of(st.sampled_from(sorted(LABELS)), st.text(max_size=12)),
    st.binary(max_size=600),
)


@settings(max_examples=200, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.binary(min_size=MIN_DETECT_BYTES, max_size=1200),
        META_PREFIXED,
        st.builds(lambda bom, body: bom + body, st.sampled_from(BOMS), st.binary()),
    ),
    declared=st.one_of(st.none(), st.text(max_size=20), st.sampled_from(sorted(LABELS))),
)
def test_decode_never_raises(data: bytes, declared: str | None) -> None:
    result = decode(data, declared=declared)
    assert isinstance(result.text, str)
    assert result.encoding is not None
    codecs.lookup(result.encoding)
    assert result.source is not EncodingSource.STR


ROUNDTRIP = {  # Python codec -> the WHATWG label a page would declare for it
    "utf-8": "utf-8",
    "cp1252": "windows-1252",
    "utf-16-le": "utf-16le",
    "cp1251": "windows-1251",
    "cp932": "shift_jis",
    "gb18030": "gbk",
}
"""WHATWG's Shift_JIS is Windows-31J (cp932): a page labelled shift_jis is decoded as cp932."""
SINGLE_BYTE_CODECS = {"cp1252", "cp1251"}
NON_ROUND_TRIPPING = {"cp932": "¢£¬‖−〜"}
"""Characters the codec encodes but decodes to something else: not decode()'s business."""


def _is_non_ascii_utf8(data: bytes) -> bool:
    try:
        return not data.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


@st.composite
def _encoded_text(draw: st.DrawFn) -> tuple[str, str]:
    codec = draw(st.sampled_from(sorted(ROUNDTRIP)))
    alphabet = st.characters(codec=codec, exclude_characters=NON_ROUND_TRIPPING.get(codec, ""))
    return draw(st.text(alphabet, max_size=40)), codec


@settings(max_examples=200, deadline=None)
@given(_encoded_text())
@example(("café", "cp1252"))
@example(("Привет, мир", "cp1251"))
@example(("日本語のテキスト", "cp932"))
@example(("中文文本", "gb18030"))
def test_declared_charset_round_trips(case: tuple[str, str]) -> None:
    text, codec = case
    data = text.encode(codec)
    assume(data.decode(codec) == text)  # the codec itself must round-trip
    # Documented precedence, not decode()'s round-trip: a leading BOM wins over any declaration
    # (and is stripped), e.g. "\ufeff" in UTF-8/UTF-16 or "ï»¿" in cp1252.
    assume(not data.startswith(BOMS))
    # Documented rule: valid, non-ASCII UTF-8 beats a declared single-byte charset (that is what
    # a page lying about its charset looks like). cp1252 "Ã©" is the UTF-8 bytes of "é", so such
    # strings legitimately come back as UTF-8 and are left out here.
    if codec in SINGLE_BYTE_CODECS:
        assume(not _is_non_ascii_utf8(data))
    # Documented rule: text that looks doubly encoded (`Ã©`) is repaired (test_mojibake.py).
    assume(MOJIBAKE_RUN.search(text) is None)
    assert decode(data, declared=ROUNDTRIP[codec]).text == text


# --- gzip and binary data --------------------------------------------------------------------


def test_inflate_within_the_limit() -> None:
    assert inflate(gzip.compress(b"<p>hello</p>"), 100) == b"<p>hello</p>"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(bytes(10_000)), "inflates beyond 1000 bytes"),
        (b"\x1f\x8bnot deflate at all", "corrupt gzip data"),
        (gzip.compress(bytes(range(256)) * 40)[:60], "truncated gzip data"),
    ],
    ids=["bomb", "corrupt", "truncated"],
)
def test_inflate_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InflateRefused, match=message):
        inflate(data, 1000)


def test_inflate_out_of_memory_raises_memory_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a memory cap zlib fails to allocate its window inside `decompress`, and says so
    as `zlib.error: Error -4`: that is MemoryError (docs/limits.md), not corrupt data."""

    class OutOfMemory:
        eof = False
        unconsumed_tail = b""

        def decompress(self, data: bytes, max_length: int) -> bytes:
            raise zlib.error("Error -4 while decompressing data")

    monkeypatch.setattr(zlib, "decompressobj", lambda wbits: OutOfMemory())
    with pytest.raises(MemoryError):
        inflate(gzip.compress(b"<p>hello</p>"), 100)


@pytest.mark.parametrize(
    ("text", "binary"),
    [
        ("<p>plain text, with a tab\tand\r\nlines</p>", False),
        ("".join(map(chr, range(256))) * 10, True),
        ("text \x00 with a few NULs \x00 here and there " * 10, False),
        ("\ufffd" * 10 + "x" * 50, True),
    ],
    ids=["text", "all-bytes", "few-nuls", "replacement-chars"],
)
def test_looks_binary(text: str, binary: bool) -> None:
    assert looks_binary(text) is binary


# --- the bytes handed on to the parser -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        ("<p>Straße</p>".encode(), None),
        ('<meta charset="utf-8"><p>Straße</p>'.encode(), None),
        ("<p>Straße</p>".encode(), "utf-8"),
        ('<meta charset="iso-8859-1"><p>Straße</p>'.encode(), None),  # UTF-8 overrules
        (b"<p>plain ASCII</p>", "windows-1252"),  # ASCII: UTF-8 overrules nothing ...
    ],
)
def test_strict_utf8_keeps_its_bytes(data: bytes, declared: str | None) -> None:
    decoded = decode(data, declared)
    if decoded.encoding == "utf-8":
        assert decoded.utf8 is data
        assert decoded.utf8.decode("utf-8") == decoded.text
    else:  # ... and the declared charset decodes it: no bytes are kept
        assert decoded.utf8 is None


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "<p>Straße</p>".encode(),  # a BOM removed
        "<p>Straße ".encode() + b"\x93quoted\x94</p>",  # stray bytes read as windows-1252
        '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"),
        "<p>The council’s budget — and the mayor’s plan, approved</p>".encode()
        .decode("cp1252")
        .encode(),  # mojibake repaired
    ],
    ids=["bom", "mixed", "legacy", "mojibake"],
)
def test_text_that_is_not_the_pages_strict_utf8_keeps_no_bytes(data: bytes) -> None:
    decoded = decode(data)
    assert decoded.utf8 is None
    assert decode(data.decode("latin-1")).utf8 is None  # str input has no bytes either


def test_the_bytes_are_left_out_of_repr_and_equality() -> None:
    data = "<p>Straße</p>".encode()
    assert "utf8" not in repr(decode(data))
    assert decode(data) == Decoded(data.decode(), "utf-8", EncodingSource.UTF8)
