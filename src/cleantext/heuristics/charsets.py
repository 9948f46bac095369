"""Which legacy charsets a page may be in, judged from the language it writes: the data of the
decoder's last step, for pages that declare no charset and are not UTF-8."""

from __future__ import annotations

_WESTERN = ("cp1252",)
_CENTRAL = ("cp1250", "iso8859-2")
LANGUAGE_CODECS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("da", "de", "en", "es", "fi", "fr", "id", "is", "it", "ms", "nl", "no", "pt", "sv"),
        _WESTERN,
    ),
    **dict.fromkeys(("sw", "xh", "zu"), _WESTERN),
    **dict.fromkeys(("cs", "hr", "hu", "pl", "ro", "sk", "sl"), _CENTRAL),
    "tr": ("cp1254", "iso8859-9"),
    "et": ("cp1257", "cp1252"),
    "lt": ("cp1257",),
    "lv": ("cp1257",),
    "vi": ("cp1258",),
}
"""The single-byte codecs pages in a Latin-script language are written in, the usual one
first: each Windows code page and ISO 8859 part was made for a group of languages, and writes
the letters of no other. Charset-normalizer judges a page by how orderly its decoded text
looks, and on a page of English whose few non-ASCII bytes are `½ ¹ º È ï` windows-1250 looks
as orderly as windows-1252 (`˝ ą ş Č ď`): it answered windows-1250 on 10 of the 15 eval pages
it settled, 6 of them English pages it garbled (`2˝ months`, `Unioną`, `1ş.`, `PREMIČRE`,
`naďve`). A language's function words are ASCII in every codec, so the page's language can be
read before decoding. Western European pages are windows-1252, the web's default for them:
charset-normalizer answers ISO-8859-15 or Mac Roman on English text that holds a few `½ ª Ë`
(which those read `œ ™ À`); Mac Roman is taken only on evidence windows-1252 cannot explain
(`decode._mac_roman_letters`)."""
LATIN_CODECS = frozenset(
    {"iso8859-15", "mac-roman"} | {codec for codecs in LANGUAGE_CODECS.values() for codec in codecs}
)
"""The codecs of Latin-script languages: an answer among them is checked against the page's
language; an answer in another script (Cyrillic, Greek, CJK) is not, since an English menu on
a Russian page must not decide it."""
CJK_CODECS = frozenset({"gb18030", "big5hkscs", "cp932", "euc_jp", "cp949"})
MIN_SCRIPT_EVIDENCE_BYTES = 16
"""Non-ASCII bytes a page needs before a detected codec of another script than the Latin one
is taken: eight double-byte characters, or sixteen Cyrillic or Greek letters (three words). A
page in those languages writes hundreds (the two Chinese, Japanese or Korean eval pages that
reach detection, 100 and 111). A Latin page with a stray byte or two has fewer, and a
double-byte codec takes the ASCII letter after each stray as its second byte (`caf\xe9s` is
`caf` and a kanji), or reads `ª À` as half-width katakana; windows-1251 reads an English
page's `ª À €` as `Є А Ђ`. Fewer bytes do when windows-1252
cannot read them (81 8D 8F 90 9D) and the double-byte reading keeps every ASCII letter and
digit: a real double-byte character left in an ASCII page. Charset-normalizer answered
Shift_JIS on an English eval page whose only non-ASCII bytes are 81 40 before `</P>`, a
full-width space, rightly."""
