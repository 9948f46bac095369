"""Bytes to text, choosing the encoding the way a browser would, then guessing only if it must.

Precedence (first that applies wins):
1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. the caller's charset (the HTTP header), if it is a WHATWG label; else the NUL pattern of
   UTF-16 without a BOM;
3. `<meta charset>` / `<meta http-equiv content-type>` in the first `META_SCAN_BYTES`;
4. strict UTF-8, if the bytes decode;
5. windows-1252, if every non-ASCII byte is a sign or letter windows-1252 and windows-1250
   read alike (`LATIN_SIGNS`, `LATIN_LETTERS`) or `£ ñ` (`WESTERN_NOT_POLISH`);
   else charset-normalizer on a bounded sample of at least `MIN_DETECT_BYTES`, UTF-16/32
   excluded, its answer checked against the language of the page's ASCII words (`_fitting`);
6. windows-1252 (decodes any byte), the web's legacy default.
A declared single-byte charset loses to UTF-8 when the bytes are valid, non-ASCII UTF-8: that
is what pages that lie about their charset look like; a declared multi-byte legacy charset
loses when they hold at least `MIN_UTF8_EVIDENCE_BYTES` of UTF-8. A declared UTF-8 that does
not decode falls through to detection, unless the bytes are UTF-8 but for a few stray bytes (a
page pasted together from two encodings, or characters cut short): a lone stray byte is read as
windows-1252, a sequence cut short as U+FFFD, the rest as UTF-8.
Labels are WHATWG labels only: no Python codec name such as
`unicode_escape` or `utf-7` can be reached from a page.
"""

from __future__ import annotations

import codecs
import enum
import re
import unicodedata
import zlib
from dataclasses import dataclass, field

import regex
from charset_normalizer import from_bytes

from .errors import out_of_memory
from .heuristics import charsets, mojibake
from .language import detect as detect_language

META_SCAN_BYTES = 4096
"""Bytes at the start of the page searched for `<meta charset>` and `<html lang>`: both stand
in the head, and a bounded search keeps a large page's sniffing cheap."""
MIN_DETECT_BYTES = 256
"""Below this many bytes no detection is tried: too few for charset-normalizer to tell
codecs apart."""
DETECT_SAMPLE_BYTES = 64 * 1024
"""The sample detection reads (charset-normalizer's cost grows with it), and the test for
UTF-8 with a few stray bytes (`_mostly_utf8`)."""
FALLBACK = "cp1252"
"""windows-1252: decodes any byte, and is the web's default for a page that declares nothing."""
MIN_UTF8_EVIDENCE_BYTES = 16
"""UTF-8 continuation bytes (bytes beyond one per character; a CJK character has two) needed
before valid UTF-8 overrules a declared multi-byte charset: two or three GBK or EUC-KR
characters may happen to be valid UTF-8 (`책 창` reads as `å â`), eight in a row practically
never are. Saved pages that keep their original `<meta charset=gb2312>` but were re-encoded as
UTF-8 are common."""


class EncodingSource(enum.Enum):
    """Which rule of the precedence chose the encoding."""

    STR = "str"
    BOM = "bom"
    UTF16_SNIFF = "utf-16-sniff"
    DECLARED = "declared"
    META = "meta"
    UTF8 = "utf-8"
    MIXED = "utf-8+cp1252"
    DETECTED = "detected"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The page as text, the codec that decoded it (None for text given as `str`) and the rule
    that chose it."""

    text: str
    encoding: str | None
    source: EncodingSource
    utf8: bytes | None = field(default=None, repr=False, compare=False)
    """The bytes `text` is the strict UTF-8 decoding of (nothing replaced, removed or
    repaired), else None: the parser takes them as they are instead of encoding `text`."""


# WHATWG Encoding Standard labels (the common ones) mapped to Python codecs.
_LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    "utf-8": (
        "utf-8",
        "utf8",
        "unicode-1-1-utf-8",
        "unicode11utf8",
        "unicode20utf8",
        "x-unicode20utf8",
    ),
    "cp1252": (
        "windows-1252",
        "ascii",
        "us-ascii",
        "iso-8859-1",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "latin1",
        "l1",
        "cp1252",
        "cp819",
        "ibm819",
        "x-cp1252",
        "ansi_x3.4-1968",
        "iso-ir-100",
        "csisolatin1",
    ),
    "iso8859-2": ("iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2"),
    "iso8859-5": ("iso-8859-5", "iso8859-5", "iso_8859-5", "cyrillic", "csisolatincyrillic"),
    "iso8859-7": ("iso-8859-7", "iso8859-7", "greek", "greek8", "iso_8859-7"),
    "iso8859-9": ("iso-8859-9", "iso8859-9", "latin5", "l5", "iso_8859-9"),
    "iso8859-15": ("iso-8859-15", "iso8859-15", "latin9", "l9", "iso_8859-15"),
    "cp1250": ("windows-1250", "cp1250", "x-cp1250"),
    "cp1251": ("windows-1251", "cp1251", "x-cp1251"),
    "cp1253": ("windows-1253", "cp1253"),
    "cp1254": ("windows-1254", "cp1254"),
    "cp1255": ("windows-1255", "cp1255"),
    "cp1256": ("windows-1256", "cp1256"),
    "cp1257": ("windows-1257", "cp1257"),
    "cp1258": ("windows-1258", "cp1258"),
    "cp874": ("windows-874", "tis-620", "iso-8859-11", "dos-874"),
    "koi8-r": ("koi8-r", "koi8", "koi", "cskoi8r"),
    "koi8-u": ("koi8-u", "koi8-ru"),
    "cp866": ("ibm866", "866", "cp866", "csibm866"),
    "mac-roman": ("macintosh", "mac", "x-mac-roman", "csmacintosh"),
    "gb18030": ("gbk", "gb2312", "gb18030", "x-gbk", "chinese", "csgb2312", "gb_2312-80"),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"),
    "cp932": (
        "shift_jis",
        "shift-jis",
        "sjis",
        "ms_kanji",
        "windows-31j",
        "x-sjis",
        "csshiftjis",
        "ms932",
    ),
    "euc_jp": ("euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"),
    "iso2022_jp": ("iso-2022-jp", "csiso2022jp"),
    "cp949": ("euc-kr", "ks_c_5601-1987", "windows-949", "korean", "cseuckr", "ksc5601"),
    "utf-16-le": ("utf-16le", "utf-16"),
    "utf-16-be": ("utf-16be",),
}
LABELS = {label: codec for codec, labels in _LABEL_GROUPS.items() for label in labels}
MULTI_BYTE = frozenset(
    {
        "utf-8",
        "gb18030",
        "big5hkscs",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "cp949",
        "utf-16-le",
        "utf-16-be",
    }
)
SINGLE_BYTE = frozenset(LABELS.values()) - MULTI_BYTE
"""Legacy one-byte-per-character codecs: valid non-ASCII UTF-8 overrules these declarations."""
_DETECTED_CODECS = {
    "utf_8": "utf-8",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "euc_jp": "euc_jp",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "mac_roman": "mac-roman",
}
"""charset-normalizer's names mapped to the WHATWG-equivalent codec; anything else is refused."""
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.()+-]{1,40})""", regex.IGNORECASE
)


BINARY_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x00", "binary data"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
    (b"wOFF", "font"),
    (b"wOF2", "font"),
)
"""Magic numbers of formats that are never a web page's text."""


GZIP_MAGIC = b"\x1f\x8b"
INFLATE_CHUNK_BYTES = 1 << 20
"""Inflated in steps of this size, so a gzip bomb is stopped before it fills memory."""


class InflateRefused(ValueError):
    """The gzip data is corrupt, or inflates beyond the caller's limit (a gzip bomb)."""


def inflate(data: bytes, limit: int) -> bytes:
    """Gzip-compressed bytes inflated (one member is enough), refusing more than `limit` bytes.

    Servers sometimes send a compressed body without Content-Encoding, and callers sometimes
    pass what they saved to disk.
    """
    inflater = zlib.decompressobj(wbits=31)
    parts: list[bytes] = []
    size = 0
    pending = data
    try:
        while pending and not inflater.eof:
            part = inflater.decompress(pending, min(INFLATE_CHUNK_BYTES, limit + 1 - size))
            pending = inflater.unconsumed_tail
            size += len(part)
            if size > limit:
                raise InflateRefused(f"gzip data inflates beyond {limit} bytes")
            parts.append(part)
            if not part and not pending:
                break
    except zlib.error as error:
        if out_of_memory(error):  # the process's memory cap, not the data
            raise MemoryError(f"zlib ran out of memory inflating the page ({error})") from error
        raise InflateRefused(f"corrupt gzip data ({error})") from None
    if not inflater.eof:
        raise InflateRefused("truncated gzip data")
    return b"".join(parts)


def sniff_binary(data: bytes) -> str | None:
    """The name of a non-text format the bytes start with, or None."""
    head = data.lstrip(b"\t\n\r ")[:16]
    for signature, name in BINARY_SIGNATURES:
        if head.startswith(signature):
            return name
    return None


UTF16_SNIFF_BYTES = 1024
"""The first bytes read for the NUL pattern of UTF-16 without a BOM."""
UTF16_MIN_SNIFF_BYTES = 32
"""Shorter input is never sniffed as UTF-16: too few bytes to tell a pattern from chance."""
UTF16_NUL_SHARE = 0.3
"""UTF-16 without a BOM: at least this share of the bytes at odd (LE) or even (BE) positions
are NUL, against almost none at the others (ASCII markup in UTF-16 is half NULs)."""
UTF16_OTHER_NUL_SHARE = 0.05
"""... and at most this share at the other positions."""
UTF16_CODECS = frozenset({"utf-16-le", "utf-16-be"})
"""A UTF-16 page is found by its BOM or its NUL pattern, before any other evidence: a
`<meta charset=utf-16>` is ignored (the meta was read as ASCII bytes, so the page is not
UTF-16; the WHATWG prescan reads such pages as UTF-8; taken at its word, it turned the page
into CJK noise with no title), and so is charset-normalizer's answer of UTF-16."""
MIXED_UTF8_SHARE = 0.5
"""Bytes that are not valid UTF-8 are read as UTF-8 with a few strays when UTF-8 sequences,
whole or cut short, hold at least this share of the non-ASCII bytes ..."""
MIXED_WHOLE_SHARE = 0.25
"""... and whole ones at least this share: a sequence cut short (`E2 80` before an ASCII byte:
`’` or `—` that lost its last byte, or whose last byte a tool turned into a plain `"`) is UTF-8
damaged, never a legacy text (`â€"`), but a legacy text meets the pattern by chance now and
then (`à` + NBSP), so it only counts beside whole sequences."""
_UTF8_SEQUENCE = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_UTF8_SHAPED = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{1,2}|[\xf0-\xf4][\x80-\xbf]{1,3}"
)
"""A UTF-8 sequence, whole or cut short after its lead byte and a continuation byte or two."""
_NON_ASCII = bytes(range(128))
"""`bytes.translate(None, _NON_ASCII)` keeps only the non-ASCII bytes (a fast C count)."""
MIXED_ERRORS = "cleantext.cp1252-strays"
"""The codec error handler that reads a byte UTF-8 rejects as windows-1252, and a UTF-8
sequence cut short as U+FFFD."""


def _cp1252_strays(error: UnicodeError) -> tuple[str, int]:
    """A lone byte is a windows-1252 character pasted in (`\x93` for `“`); a lead byte with
    its continuation bytes (the decoder rejects them together) is a character that lost its
    end, which no windows-1252 reading gives back (`\xe2\x80` is `â€`)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    if len(stray) > 1:
        return "\ufffd", error.end
    return bytes(stray).decode(FALLBACK, errors="replace"), error.end


codecs.register_error(MIXED_ERRORS, _cp1252_strays)


def sniff_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the first bytes look like UTF-16 without a BOM."""
    sample = data[:UTF16_SNIFF_BYTES]
    half = len(sample) // 2
    if half < UTF16_MIN_SNIFF_BYTES // 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0 : 2 * half : 2].count(0) / half, sample[1 : 2 * half : 2].count(0) / half
    if odd >= UTF16_NUL_SHARE and even <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE and odd <= UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8 but for a few strays (checked on a bounded sample)."""
    sample = data[:DETECT_SAMPLE_BYTES]
    non_ascii = len(sample.translate(None, _NON_ASCII))
    if not non_ascii:
        sample, non_ascii = data, len(data.translate(None, _NON_ASCII))
    whole = sum(len(found) for found in _UTF8_SEQUENCE.findall(sample))
    if non_ascii == 0 or whole < MIXED_WHOLE_SHARE * non_ascii:
        return False
    if whole >= MIXED_UTF8_SHARE * non_ascii:
        return True
    shaped = sum(len(found) for found in _UTF8_SHAPED.findall(sample))
    return shaped >= MIXED_UTF8_SHARE * non_ascii


BINARY_SAMPLE_CHARS = 16384
"""The start of the decoded text read for binary data (`looks_binary`)."""
BINARY_CHAR_SHARE = 0.05
"""Decoded text with more than this share of control characters and U+FFFD (in the first
`BINARY_SAMPLE_CHARS`) is binary data, not a page: random bytes are about 12% controls, text
almost none."""
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
"""The control characters that count as binary. An ASCII sample (most pages) is counted by
deleting them with `bytes.translate`, three times faster than the regex engine."""
_BINARY_CHARS = re.compile(f"[{re.escape(_BINARY_BYTES.decode('ascii'))}\ufffd]")
"""What counts as binary in any text: those controls and U+FFFD."""


def looks_binary(text: str) -> bool:
    """Whether decoded text is binary data of an unknown format rather than a page."""
    sample = text[:BINARY_SAMPLE_CHARS]
    if sample.isascii():
        binary = len(sample) - len(sample.encode("ascii").translate(None, _BINARY_BYTES))
    elif _BINARY_CHARS.search(sample) is None:
        return False
    else:
        binary = len(_BINARY_CHARS.findall(sample))
    return binary > BINARY_CHAR_SHARE * len(sample)


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for a WHATWG charset label, or None for unknown labels."""
    if not label:
        return None
    return LABELS.get(label.strip().strip("\"'").lower())


def sniff_meta(data: bytes) -> str | None:
    """The codec a `<meta>` in the first bytes declares, if it is a known label."""
    match = _META_CHARSET.search(data[:META_SCAN_BYTES])
    return codec_for_label(match.group(1).decode("ascii")) if match else None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _utf8_overrules(declared: str, continuation_bytes: int) -> bool:
    """Whether bytes that decode as UTF-8 are UTF-8 whatever the page declares: any non-ASCII
    for a one-byte charset; for a legacy multi-byte one (GBK, Big5, Shift_JIS, EUC-KR) enough
    of it that a chance alignment of legacy double bytes with UTF-8's pattern is ruled out."""
    if declared in SINGLE_BYTE:
        return continuation_bytes > 0
    return declared != "utf-8" and continuation_bytes >= MIN_UTF8_EVIDENCE_BYTES


def _latin_shared(byte: int, categories: tuple[str, ...]) -> bool:
    """Whether windows-1252 and windows-1250 read the byte as the same character, of a Unicode
    category starting with one of `categories`."""
    char = bytes([byte]).decode(FALLBACK, errors="replace")
    return (
        char != "\ufffd"
        and char == bytes([byte]).decode("cp1250", errors="replace")
        and unicodedata.category(char).startswith(categories)
        and char not in _LETTERS_IN_OTHER_CODECS
    )


_LETTERS_IN_OTHER_CODECS = "¨¸´Ýý"
"""Shared by windows-1252 and -1250 but letters of a frequent word in another single-byte
codec: `¨ ¸` are `Ё ё` in windows-1251, `´` the Greek tonos in windows-1253, `Ý ý` Turkish
`İ ı` in windows-1254."""
LATIN_SIGNS = bytes(
    byte for byte in range(0x80, 0x100) if _latin_shared(byte, ("P", "S", "Z", "Cf"))
)
"""`€ ‚ „ … † ‡ ‰ ‹ ‘ ’ “ ” • – — ™ ›`, no-break space, `¤ ¦ § © « ¬` soft hyphen `® ° ± ¶ · »
× ÷`. They carry no letter, so they name no language: every Latin codec charset-normalizer
answers reads them alike (on the 79 eval pages whose only non-ASCII bytes they are, it answered
windows-1250 50 times, windows-1252 9 times, nothing 20 times: the same text each time), and
the web's default for a page that declares nothing is windows-1252. English pages with
typographic quotes are the common case of a page that reaches detection."""
LATIN_LETTERS = bytes(byte for byte in range(0x80, 0x100) if _latin_shared(byte, ("L",)))
"""`Š Ž š ž µ Á Â Ä Ç É Ë Í Î Ó Ô Ö Ú Ü ß á â ä ç é ë í î ó ô ö ú ü`: the letters windows-1252
and windows-1250, the two Latin codecs charset-normalizer answers on Western pages, read alike;
with the signs they settle 22 more eval pages (`é` in an English page, German `ä ö ü ß`; the
same text each time). A page in another script never holds only these: every Russian, Greek,
Hebrew or Arabic sentence has frequent letters elsewhere in 0xC0-0xFF (`а е и`, `ε ο`, `א ו`,
`ب م`), Turkish its `ı ş ğ`, Baltic text its `š ž ū` (0xF0 0xFE 0xFB there); Shift_JIS, GBK
and EUC-KR write `の ん`, `是 不`, `이 다` with bytes outside the set, and a Czech, Polish or
Hungarian page its `č ř ě`, `ą ł ę`, `ő` (read `è ø ì`, `¹ ³ ê`, `õ`)."""
WESTERN_NOT_POLISH = b"\xa3\xf1"
"""`£ ñ`, which windows-1250 reads `Ł ń`: Polish writes those only beside its commoner
`ą ę ł ż ć` (bytes outside the sets in windows-1250 and ISO-8859-2 alike), so on a page whose
other non-ASCII bytes are shared ones they are the pound sign and Spanish `ñ` (`£3,000`,
`El Niño`, `Español`). Charset-normalizer answered windows-1250 on 6 of the 14 such eval
pages, all English, turning `£50K` into `Ł50K` and `Doña` into `Dońa`."""
_ASCII_OR_LATIN = bytes(range(0x80)) + LATIN_SIGNS + LATIN_LETTERS + WESTERN_NOT_POLISH
"""A page whose every byte is one of these is read as windows-1252 without asking
charset-normalizer: of the 136 eval pages that reach detection (131 of them cleaneval), 115
are; the step's CPU time on those 136 fell from 2.03 to 0.35 ms a page (charset-normalizer
costs 1-6 ms on 64 KB). `bytes.translate(None, _ASCII_OR_LATIN)` keeps the other bytes."""


def _detect(data: bytes) -> str | None:
    if len(data) < MIN_DETECT_BYTES:
        return None
    if not data.translate(None, _ASCII_OR_LATIN):
        return FALLBACK
    sample = data[:DETECT_SAMPLE_BYTES]
    best = from_bytes(sample).best()
    codec = None
    if best is not None:
        codec = _DETECTED_CODECS.get(best.encoding) or codec_for_label(
            best.encoding.replace("_", "-")
        )
    if codec not in SINGLE_BYTE | MULTI_BYTE - UTF16_CODECS:
        codec = None
    return _fitting(codec, sample)


def _fitting(codec: str | None, sample: bytes) -> str | None:
    """Charset-normalizer's answer (None: none usable) checked against the page: a codec of
    another script (Cyrillic, Greek, Chinese, …) needs `MIN_SCRIPT_EVIDENCE_BYTES` of
    non-ASCII, unless it is a Chinese, Japanese or Korean one, windows-1252 cannot read the
    bytes and it reads every ASCII letter and digit as itself; a Latin-script codec (or no
    answer) gives way to the usual codec of the language the page's ASCII words are in
    (`charsets.LANGUAGE_CODECS`) unless it is one of that language's, or to Mac Roman for a
    Western page whose letters only Mac Roman reads."""
    if (
        codec not in charsets.LATIN_CODECS
        and len(sample.translate(None, _NON_ASCII)) < charsets.MIN_SCRIPT_EVIDENCE_BYTES
        and not (
            codec in charsets.CJK_CODECS
            and _cp1252_undefined(sample)
            and _alnum(_clean(sample, codec).encode("ascii", "ignore")) == _alnum(sample)
        )
    ):
        codec = None
    if codec is not None and codec not in charsets.LATIN_CODECS:
        return codec
    own = charsets.LANGUAGE_CODECS.get(page_language(sample) or "")
    if own is None:
        return codec
    if FALLBACK in own and _mac_roman_letters(sample):
        return "mac-roman"
    return codec if codec in own else own[0]


_IN_WORD = regex.compile(
    rb"(?<=[a-zA-Z])[%s](?=[a-zA-Z])" % regex.escape(mojibake.CP1252_UNDEFINED)
)


def _cp1252_undefined(sample: bytes) -> int:
    """How many bytes windows-1252 leaves undefined (it reads them as U+FFFD)."""
    return len(sample) - len(sample.translate(None, mojibake.CP1252_UNDEFINED))


def _mac_roman_letters(sample: bytes) -> bool:
    """Whether the bytes windows-1252 leaves undefined occur, and only inside ASCII words
    (`B\x90te`): Mac Roman's `Å ç è ê ù`, written by an old Mac. A lone such byte between
    tags or spaces is a stray, not a letter."""
    undefined = _cp1252_undefined(sample)
    return undefined > 0 and len(_IN_WORD.findall(sample)) == undefined


_ASCII_ALNUM = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _alnum(data: bytes) -> int:
    """How many ASCII letters and digits the bytes hold."""
    return len(data) - len(data.translate(None, _ASCII_ALNUM))


_HTML_LANG = regex.compile(rb"<html\b[^>]{0,512}?\blang\s*=\s*[\"']?\s*([a-zA-Z_-]{2,12})", regex.I)
_CODE_START = regex.compile(rb"<(script|style)\b|<!--", regex.IGNORECASE)
_CODE_ENDS = {
    b"script": regex.compile(rb"</script\s*>", regex.IGNORECASE),
    b"style": regex.compile(rb"</style\s*>", regex.IGNORECASE),
}
_TAG = regex.compile(rb"<[^<>]*+>")


def _text_bytes(data: bytes) -> bytes:
    """The bytes without scripts, styles, comments and tags, whose words are code, not the
    page's language (JavaScript's `if in for this` are English stop words); in linear scans:
    an unclosed one runs to the end, as in a browser."""
    parts: list[bytes] = []
    position = 0
    while (start := _CODE_START.search(data, position)) is not None:
        parts.append(data[position : start.start()])
        name = start.group(1)
        if name is None:
            end = data.find(b"-->", start.end())
            position = len(data) if end < 0 else end + 3
        else:
            found = _CODE_ENDS[name.lower()].search(data, start.end())
            position = len(data) if found is None else found.end()
    parts.append(data[position:])
    return _TAG.sub(b" ", b" ".join(parts))


_ASCII_WORD = regex.compile(rb"(?<![\x80-\xff\w])[a-zA-Z]++(?![\x80-\xff\w])")
"""A word of ASCII letters only: a word with a non-ASCII byte is not read until decoded."""


def page_language(data: bytes) -> str | None:
    """The language of the words the page writes in ASCII (function words of Latin-script
    languages are ASCII in every codec), or of its `<html lang>` if they do not contradict it."""
    declared = _HTML_LANG.search(data, endpos=META_SCAN_BYTES)
    words = _ASCII_WORD.findall(_text_bytes(data))
    return detect_language(
        [[word.decode("ascii").lower() for word in words]],
        declared.group(1).decode("ascii") if declared else None,
    )


def decode(page: bytes | str, declared: str | None = None) -> Decoded:
    """Decode a page, and repair text the site itself encoded twice; never raises on any bytes.

    Control characters are left in place: they are removed from what is output (block texts,
    metadata), which is far smaller than the page.
    """
    decoded = _decode(page, declared)
    text = repair_mojibake(decoded.text, decoded.utf8)
    return decoded if text is decoded.text else Decoded(text, decoded.encoding, decoded.source)


def _decode(page: bytes | str, declared: str | None) -> Decoded:
    if isinstance(page, str):
        return Decoded(page, None, EncodingSource.STR)
    for bom, bom_codec in _BOMS:
        if page.startswith(bom):
            return Decoded(_clean(page[len(bom) :], bom_codec), bom_codec, EncodingSource.BOM)
    utf16 = sniff_utf16(page) if codec_for_label(declared) is None else None
    if utf16 is not None:
        return Decoded(_clean(page, utf16), utf16, EncodingSource.UTF16_SNIFF)
    as_utf8 = _utf8(page)
    for codec, source in (
        (codec_for_label(declared), EncodingSource.DECLARED),
        (sniff_meta(page), EncodingSource.META),
    ):
        if codec is None or (codec in UTF16_CODECS and source is EncodingSource.META):
            continue
        if as_utf8 is not None and _utf8_overrules(codec, len(page) - len(as_utf8)):
            return Decoded(as_utf8, "utf-8", EncodingSource.UTF8, page)
        if codec == "utf-8":
            if as_utf8 is None:
                continue
            return Decoded(as_utf8, codec, source, page)
        return Decoded(_clean(page, codec), codec, source)
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", EncodingSource.UTF8, page)
    if _mostly_utf8(page):
        return Decoded(page.decode("utf-8", MIXED_ERRORS), "utf-8", EncodingSource.MIXED)
    detected = _detect(page)
    if detected is not None:
        return Decoded(_clean(page, detected), detected, EncodingSource.DETECTED)
    return Decoded(_clean(page, FALLBACK), FALLBACK, EncodingSource.FALLBACK)


def _clean(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec, errors="replace")
    except LookupError:
        return data.decode(FALLBACK, errors="replace")


def repair_mojibake(text: str, utf8: bytes | None = None) -> str:
    """The text with its runs of doubly-encoded UTF-8 read back (`â€™` -> `’`), run by run.

    A page often mixes correct text (its template) with broken text (a CMS's article, or the
    reverse), so each run of candidate characters is judged alone: it must decode as UTF-8
    (after up to `MAX_LEVELS` unwrappings) to characters text is written in, and be strong (a
    sequence no language writes, or a long run), or else sit on a page with enough strong
    runs. Returns the same object when nothing is repaired. `utf8`, the bytes the text was
    decoded from as UTF-8 if it was, makes the pre-check a byte scan; otherwise a text without
    a candidate costs one regex search.
    """
    if text.isascii() or (
        utf8 is not None and (b"\xc3" not in utf8 or mojibake.CANDIDATE_UTF8.search(utf8) is None)
    ):
        return text
    strong: list[tuple[int, int, str]] = []
    weak: list[tuple[int, int, str]] = []
    for run in mojibake.MOJIBAKE_RUN.finditer(text):
        repaired = _unwrap(run.group(), 1)
        if repaired is None or mojibake.IMPLAUSIBLE.search(repaired):
            continue
        if (
            mojibake.STRONG_MOJIBAKE.search(run.group())
            or len(repaired) >= mojibake.MIN_STRONG_RUN_CHARS
        ):
            strong.append((run.start(), run.end(), repaired))
        elif run.group()[0] < "\xe0" or len(repaired) >= mojibake.MIN_WEAK_SEQUENCES_3_BYTE:
            weak.append((run.start(), run.end(), repaired))
    repairs = strong if len(strong) < mojibake.MIN_STRONG_RUNS_FOR_WEAK else sorted(strong + weak)
    if not repairs:
        return text
    parts: list[str] = []
    end = 0
    for start, stop, repaired in repairs:
        parts += (text[end:start], repaired)
        end = stop
    parts.append(text[end:])
    return "".join(parts)


def _unwrap(run: str, level: int) -> str | None:
    """The run read back as the UTF-8 it was made from, its own runs unwrapped in turn (text
    broken twice), or None when its bytes are not UTF-8."""
    try:
        repaired = run.translate(mojibake.TO_BYTE_VALUES).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None
    if level >= mojibake.MAX_LEVELS or mojibake.MOJIBAKE_RUN.search(repaired) is None:
        return repaired
    return mojibake.MOJIBAKE_RUN.sub(
        lambda inner: _unwrap(inner.group(), level + 1) or inner.group(), repaired
    )
