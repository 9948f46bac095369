"""What doubly-encoded text ("mojibake") looks like: UTF-8 bytes read as windows-1252 (or
Latin-1) and written out again as UTF-8, by the site itself, sometimes twice.

Each UTF-8 byte becomes one character: a lead byte (0xC2-0xF4) becomes one of `Â`..`ô`, a
continuation byte (0x80-0xBF) one of windows-1252's 0x80-0x9F punctuation (`€ ’ “ ” – —`...;
the five bytes windows-1252 leaves undefined, and every one of them under Latin-1, become a C1
control) or a Latin-1 sign 0xA0-0xBF (`NBSP ¡ © « ® ° ² ¼ ¿`...). `’` becomes `â€™`, `é`
becomes `Ã©`, `—` read twice becomes `Ã¢Â€Â”`. Lead and continuation characters are disjoint
sets, so a run of them splits into byte sequences one way only.
"""

from __future__ import annotations

import re

import regex

CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
"""The five bytes windows-1252 leaves undefined (Python reads them as U+FFFD)."""
_DEFINED_BYTES = bytes(b for b in range(0x80, 0xA0) if b not in CP1252_UNDEFINED)
CP1252_CONTINUATIONS = _DEFINED_BYTES.decode("cp1252")
"""windows-1252's characters for the bytes 0x80-0x9F it defines (`€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’
“ ” • – — ˜ ™ š › œ ž Ÿ`)."""
TO_BYTE_VALUES = {
    ord(char): byte for char, byte in zip(CP1252_CONTINUATIONS, _DEFINED_BYTES, strict=True)
}
"""`str.translate` table turning those characters back into the code point equal to their byte,
so that the text encodes as Latin-1 to the bytes it was read from."""
_CONTINUATION = f"[\x80-\xbf{CP1252_CONTINUATIONS}]"
_SEQUENCE = (
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
MOJIBAKE_RUN = regex.compile(
    f"[\xc2-\xf4](?:(?<=[\xc2-\xdf]){_CONTINUATION}|(?<=[\xe0-\xef]){_CONTINUATION}{{2}}"
    f"|(?<=[\xf0-\xf4]){_CONTINUATION}{{3}})(?:{_SEQUENCE})*"
)
"""Consecutive characters that are each one UTF-8 byte and together whole UTF-8 sequences: the
candidates for repair. Written lead character first, so the engine skips to the next lead
without trying the alternatives at every position (twenty times faster): searching for it is
also the pre-check of a text that is not UTF-8 bytes."""
CANDIDATE_UTF8 = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")
"""The UTF-8 bytes every candidate starts with: a lead character (U+00C2-U+00F4 is C3 82-B4)
then the first byte of a continuation character (C2 for U+0080-U+00BF; C5, C6, CB, E2 for
windows-1252's signs). Searched in a UTF-8 page's own bytes first: a byte scan, and it rules out
the pages whose only non-ASCII is accented letters and punctuation."""
STRONG_MOJIBAKE = regex.compile(
    f"[ÂÃ]{_CONTINUATION}|â{_CONTINUATION}{{2}}|ï»¿|ðŸ{_CONTINUATION}{{2}}"
)
"""Sequences that are mojibake wherever they occur, because no language writes them: `Â`/`Ã`
before a sign or punctuation (a Latin-1 character read twice: `Ã©`, `Â°`, `Â` + NBSP), `â`
before two (typographic punctuation, `â€™`), a byte-order mark (`ï»¿`), an emoji (`ðŸ˜€`).
Other leads are letters that legitimately meet such signs (`NESCAFÉ®`, German `Gruß“`, the
soft hyphen in `Straß­e`, French `é »` with a no-break space)."""
MIN_STRONG_RUN_CHARS = 3
"""A run that repairs to at least this many characters is strong too (`Ð¿Ñ€Ð¸` for `при`):
correct text never strings three lead-and-sign pairs together."""
MIN_STRONG_RUNS_FOR_WEAK = 3
"""Runs that hold no strong sequence (`Ä…` for `ą`, `Ð¿` for Cyrillic `п`) are repaired only on
a page with at least this many strong runs repaired: evidence that the page, not chance, did
it."""
MIN_WEAK_SEQUENCES_3_BYTE = 2
"""A weak run of three- or four-byte sequences (CJK, Indic, Thai) is repaired only when it holds
at least this many: such scripts come in runs of characters, while one accented lead before two
signs (`é` + NBSP + `»`) is French punctuation."""
MAX_LEVELS = 4
"""Text read wrongly more than once is unwrapped up to this many times."""
PLAUSIBLE_RANGES = (
    (0x00A0, 0x024F),  # Latin-1 signs and letters, Latin Extended-A and -B
    (0x0300, 0x036F),  # combining accents (decomposed text, `e` + U+0301)
    (0x0370, 0x058F),  # Greek, Cyrillic, Armenian
    (0x0590, 0x06FF),  # Hebrew, Arabic
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x10A0, 0x10FF),  # Georgian
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x2BFF),  # punctuation, currency, letterlike, arrows, math, shapes, dingbats
    (0x3000, 0x9FFF),  # CJK punctuation, kana, CJK ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFE00, 0xFE0F),  # variation selectors (emoji presentation)
    (0xFEFF, 0xFEFF),  # byte-order mark
    (0xFF00, 0xFFEF),  # fullwidth forms
    (0x1F000, 0x1FAFF),  # emoji
)
"""What a repair may produce: the characters text is written in. A repair that yields a C1
control, an IPA letter (`É®` is `NESCAFÉ®`, not `ɮ`), NKo (`ß“` is `Gruß“`), private use (icon
fonts) or a rare plane is a misreading of correct text and is left alone."""
IMPLAUSIBLE = regex.compile(
    "[^" + "".join(f"{chr(low)}-{chr(high)}" for low, high in PLAUSIBLE_RANGES) + "]"
)
"""Any character outside `PLAUSIBLE_RANGES`."""
