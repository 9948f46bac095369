"""Choose the author(s): JSON-LD, then <meta>, author-marked markup, the byline, a lead-in block.

A source that names the site or its publisher instead of a person is passed over, so the
next one, usually the visible byline, can speak.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator, Sequence

import regex
from lxml import etree

from .dateparse import has_date
from .heuristics.datewords import WEEKDAY_ABBREVIATIONS, WEEKDAYS, YEAR_RE, month_lookup
from .heuristics.phrases import (
    AUTHOR_DATE_LEADS,
    AUTHOR_DATE_WORDS,
    AUTHOR_LEAD_INS,
    AUTHOR_META_KEYS,
    AUTHOR_NOUN_LEAD_INS,
    AUTHOR_TRAILERS,
    BYLINE_BLOCK_LEAD_INS,
    BYLINE_PREFIXES,
    BYLINE_ROLE_MODIFIERS,
    BYLINE_ROLES,
    DATE_FIRST_BYLINE_RE,
    DATED_BYLINE_RE,
    DEFAULT_ACCOUNT_NAMES,
    DOMAIN_SUFFIXES,
    GLUED_BUTTON_RE,
    GLUED_LEAD_IN,
    LEAD_INS_NOT_ONLY_FOR_AUTHORS,
    NAME_CONJUNCTIONS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    NO_NAME_PLACEHOLDERS,
    NOT_AUTHOR_MARKS,
    OBFUSCATED_EMAIL_RE,
    PHOTO_CREDIT_WORDS,
)
from .metadata import PageMeta, article_objects, read_author_marks
from .result import Block, BlockKind, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
DATELINE, BYLINE = Label.DATELINE, Label.BYLINE
TABLE = BlockKind.TABLE

_LEAD_INS = "|".join(sorted(map(regex.escape, AUTHOR_LEAD_INS), key=len, reverse=True))
_PREFIX = regex.compile(rf"^(?:(?:{_LEAD_INS})(?:\s*:\s*|\s+)|{GLUED_LEAD_IN})+", regex.IGNORECASE)
"""Lead-ins before the name, spaced or glued to it (`By: Jane`, `ByJane`)."""
_BLOCK_LEAD_IN = regex.compile(
    rf"^(?:(?:{'|'.join(sorted(map(regex.escape, BYLINE_BLOCK_LEAD_INS), key=len, reverse=True))})"
    rf"(?:\s*:\s*|\s+)|{GLUED_LEAD_IN}|(?:{'|'.join(AUTHOR_NOUN_LEAD_INS)})\s*:\s*)",
    regex.IGNORECASE,
)
"""A lead-in opening a block: `By Jane`, `Posted by: Jane`, `Author: Jane` (not `Author Posts`)."""
_TRAILERS = "|".join(sorted(map(regex.escape, AUTHOR_TRAILERS), key=len, reverse=True))
_DATE_LEAD = regex.compile(
    rf"(?:{'|'.join(sorted(map(regex.escape, AUTHOR_DATE_LEADS), key=len, reverse=True))})"
    rf"(?![\p{{L}}])(?!\s+(?:{'|'.join(BYLINE_PREFIXES)})(?![\p{{L}}]))",
    regex.IGNORECASE,
)
"""A text that opens with the date of a meta line (`phrases.AUTHOR_DATE_LEADS`), not with the
lead-in of a name (`Published by Jane Doe`)."""
_MONTH_NAMES = frozenset(month_lookup())
_MONTHS = "|".join(sorted(map(regex.escape, _MONTH_NAMES), key=len, reverse=True))
_WEEKDAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAYS = "|".join(sorted({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS}, key=len, reverse=True))
_DATE_WORDS = "|".join(sorted(map(regex.escape, AUTHOR_DATE_WORDS), key=len, reverse=True))
_MONTH_DATE = rf"(?:{_MONTHS}|{_DAYS})(?![\p{{L}}])\.?,?\s*\d"
"""A month's or a weekday's name with a number after it: `Jul. 3`, `Fr, 18.`."""
_TRAILER = regex.compile(
    rf"\s+».*$|\s+@\w[\w.]*$|\s*(?:[|·⋅•–—]+\s*|\s[/-]+\s*|,\s*|\s+)"
    rf"(?:\d|(?:{_TRAILERS})(?![\p{{L}}])|(?-i:{_DATE_WORDS})(?![\p{{L}}])"
    rf"|(?:{_DATE_WORDS})(?![\p{{L}}])\.?,?\s*(?:\d|(?:{_MONTHS})(?![\p{{L}}]))|{_MONTH_DATE}).*$"
    rf"|[/-]+\s*{_MONTH_DATE}.*$"
    rf"|\s*[|·⋅•–—,-]\s*(?:{_WEEKDAYS})(?![\p{{L}}]).*$",
    regex.IGNORECASE,
)
"""Whatever follows the name once a date, a time or `Updated` starts: `Jane Doe Jul. 3`,
`Ed Silverman // November 6th`; or after a spaced guillemet, which no name holds (phpBB's
`Post by name » Sat Mar 01`). A month name only with a number after it: `June`, `May` and
`Maio` are names too (`Laura June Topolsky`, `Alyssa Maio`), and so a weekday's short name
(`Tomas Spahn Fr, 18. Oktober`); a weekday's name alone only after a separator (`OLS |
Wednesday, June 15`), as `Friday` is a surname too. A date word (`AUTHOR_DATE_WORDS`) only in
lower case or before a number or a month (`Loïc Le Clerc` is a name). A hyphen or a slash
glued to the name cuts only before a month and a number (`3d23d65-ddc6-4ce5` is a handle,
`Jane Doe/May 3` a date). A social-media handle after the name (`Williams Perdomo
@wperdomod`) goes too."""
_AFFILIATION = regex.compile(
    r",\s*(?:(?=[\p{Lu}.]*\p{Lu}[\p{L}.]*\p{Lu})[\p{L}.]{2,6}|\p{Lu}[\p{Lu}.]+(?:\s+\p{Lu}[\p{Lu}.]+)*"
    rf"|(?i:{'|'.join(NEWS_AGENCIES)})|www\.\S+)$"
)
"""`Grant Tinsley, PhD`, `Rob Picheta, CNN`, `David Straub, MDR THÜRINGEN`, `David Hutzler,
dpa` (`phrases.NEWS_AGENCIES`, in whatever case): a degree, the newsroom or the agency after
the name; or the writer's website (`Jane Doe,www.example.com`)."""
_DOUBLED = regex.compile(r"^(?P<name>\S+(?:\s\S+)+?)\s*(?P=name)$")
"""A name of two words or more written twice (`Jane DoeJane Doe`): a byline box holds it as
the avatar's text and as the link's, which the block's text joins."""
_SPACE_RUN = regex.compile(r"\s+")
"""The spaces `_DOUBLED` may find between a name and its copy."""
_NAME_SEPARATOR = regex.compile(rf"\s*(?:[,&/;]|\s(?:{'|'.join(NAME_CONJUNCTIONS)})\s)\s*", regex.I)
"""What separates the names of a list of authors: punctuation or a conjunction."""
_PHOTO_CREDIT = regex.compile(rf"^\(?\s*(?:{'|'.join(PHOTO_CREDIT_WORDS)})\s*:", regex.IGNORECASE)
"""`(Image: Getty Images)`: a picture's credit, which `itemprop="author"` marks inside an
ImageObject just as it marks the article's author."""
_DOMAIN = rf"[\w-]+(?:\.[\w-]+)*\.(?:{'|'.join(DOMAIN_SUFFIXES)})"
_SITE_ADDRESS = regex.compile(rf"^{_DOMAIN}$")
"""A website's address as one word (`LAOLA1.at`, `ntv.com.tr`), lower-cased: a site."""
_PAGE_ADDRESS = regex.compile(rf"^{_DOMAIN}/", regex.IGNORECASE)
"""A page's address without its scheme (`facebook.com/example`): no name."""
_LETTER = regex.compile(r"\p{L}")
_NUMBER_FIRST = regex.compile(r"^\d{1,4}[:./-]\d")
"""A time or a date first (`03:07 Min.`, `12.03.2024 Jane`): a clip's length or a date line,
never how a name starts (`7 News WSVN` and the handle `3d23d65` may)."""
_SEPARATORS = " ,;:|·•–—-*"
"""Stripped from both ends: `| Autor: X`, `X |`, `Name *` (a form label's required mark)."""
ORGANISATION_TYPE = "Organization"
"""JSON-LD types ending so (`Organization`, `NewsMediaOrganization`) name no person: an article
credited to the newsroom (`n-tv NACHRICHTEN`, `VnExpress`) often prints its writer's byline."""
ORGANISATION_SUFFIX = ":organisation"
ORGANISATION_SOURCE = "json-ld" + ORGANISATION_SUFFIX
"""The candidate source of JSON-LD authors typed as organisations: a fallback only."""
MAX_TWITTER_LABELS = 4
"""Label/data pairs a Twitter card carries (`twitter:label1` … `twitter:label4`)."""
MAX_AUTHOR_MARKS = 3
"""Author-marked elements read, in page order, for the first that holds a name: a post's
meta line is often marked as a whole (`29. Juni 2017 · von Tobi`) before its author link."""
MAX_AUTHOR_CHARS = 200
"""A longer value is a sentence or a blob of markup text, not a name (`clean_name`)."""
MAX_AUTHORS = 30
"""Names kept, in the page's order: a byline names a few people; a metadata list of thousands
(a contributors' roll, a generated page) would make the field unbounded."""
MAX_NAME_WORDS = 5
"""Words in one name (`Maria de los Angeles Ruiz`); more is a sentence, not a byline."""
MAX_NAME_CHARS = 60
"""Characters in one name."""


def clean_name(text: str) -> str | None:
    """`By Jane Doe | 10 Apr 2008` -> `Jane Doe`; None for what is not a name: URLs (with a
    scheme or without, `facebook.com/jane`), e-mail
    addresses (`jane[at]example.net` too), a CMS's placeholder (`No Author`), a lone lead-in
    word or month name (`Sep 12, 2024 by X` cut to `Sep`), prose. A name written twice or with
    a follow button glued to it (`Jane DoeJane Doe`, `Jane DoeFollow`) is read once, alone.
    Character references are read (`Maria &amp; Katerina`): CMSs escape names for HTML before
    putting them in JSON-LD or <meta>."""
    name = _PREFIX.sub(
        "", _after_dated_lead(" ".join(html.unescape(text).split())).lstrip(_SEPARATORS)
    )
    if _DATE_LEAD.match(name):
        return None  # `Last Updated: January 7, 2025`: a date line
    name = _TRAILER.sub("", name).strip(_SEPARATORS)
    name = _AFFILIATION.sub("", name)
    name = _undoubled(GLUED_BUTTON_RE.sub("", name))
    lowered = name.lower()
    if (
        not _LETTER.search(name)
        or len(name) > MAX_AUTHOR_CHARS
        or "@" in name
        or OBFUSCATED_EMAIL_RE.search(name) is not None
        or lowered in NO_NAME_PLACEHOLDERS
        or _PHOTO_CREDIT.match(name) is not None
        or _NUMBER_FIRST.match(name) is not None
        or lowered.rstrip(".") in _MONTH_NAMES
        or lowered in WEEKDAYS
        or "://" in name
        or _PAGE_ADDRESS.match(name) is not None
        or lowered in AUTHOR_LEAD_INS
        or lowered in AUTHOR_TRAILERS
        or lowered in AUTHOR_DATE_WORDS
        or not all(map(_name_sized, _NAME_SEPARATOR.split(name)))
    ):
        return None
    return name


def _undoubled(name: str) -> str:
    """A name written twice read once (`_DOUBLED`). A text longer than twice MAX_AUTHOR_CHARS
    (and the spaces between) is left: read once it would still be too long for a name, and the
    pattern tries every word end against the rest (quadratic: an author <meta> of 100,000
    `Jane Doe, ` took over a minute)."""
    gap = max((len(run) for run in _SPACE_RUN.findall(name)), default=0)
    return name if len(name) > 2 * MAX_AUTHOR_CHARS + gap else _DOUBLED.sub(r"\g<name>", name)


DATED_FORMS = (DATED_BYLINE_RE, DATE_FIRST_BYLINE_RE)
"""The meta lines that give the date before the name, with `by` or a separator between."""


def _after_dated_lead(text: str, forms: tuple[regex.Pattern[str], ...] = DATED_FORMS) -> str:
    """`Posted on September 21, 2020 by Jane Doe`, `Dec. 19, 2025 · Jane Doe` -> `Jane Doe`: a
    post's meta line that gives the date before the name; the text unchanged when what comes
    before `by` or the separator holds no date. A text without a year is that text: the date
    part must hold one (`has_date`), and the forms' matches, tried at most 40 characters
    in, cost more than the search for it (most bylines and names hold none)."""
    if YEAR_RE.search(text) is None:
        return text
    for form in forms:
        match = form.match(text)
        if match is not None and has_date(match["date"]):
            return match["name"]
    return text


_ROLE_SEPARATOR = regex.compile(r"\s*[|·⋅•–—]\s*")
MIN_NAME_WORDS_BEFORE_ROLE = 2
"""Words of the name a role may leave: `Rasender Reporter` is a pen name, not a reporter."""
LEAD_IN_BLOCK_SOURCE = "text:lead-in"
PRINTED_SOURCES = frozenset({"markup", "text", LEAD_IN_BLOCK_SOURCE})
"""Sources read from the page's text, where a byline prints the role beside the name; the
metadata's name is what the writer's profile holds (`Rasender Reporter`)."""


def drop_role(name: str) -> str:
    """`Ben Silverman Games Editor`, `Jane Doe | Senior Writer`, `Max Muster AI Writer, Firma`
    -> the name: a capitalised role (`BYLINE_ROLES`, after its modifiers and at most one other
    word) ends the name when two words of it are left, and so does a role that opens the part
    after a separator (`Jane Doe ⋅ Founder and Editor`); else the name is returned unchanged."""
    head = _ROLE_SEPARATOR.sub(" | ", name).partition(",")[0]
    person, bar, role = head.partition(" | ")
    if bar and _opens_with_role(role) and len(person.split()) >= MIN_NAME_WORDS_BEFORE_ROLE:
        return person  # `Chris Doe ⋅ Founder and Editor-in-Chief`: the role after a separator
    words = head.split()
    if not words or not words[-1][0].isupper() or words[-1].lower() not in BYLINE_ROLES:
        return name
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in BYLINE_ROLE_MODIFIERS:
        start -= 1
    cuts = [start]
    if start > 0 and words[start - 1] == "|":
        cuts = [start - 1]
    elif start > 0 and words[start - 1][0].isupper():
        cuts = [start - 1, start]  # one more word may qualify the role: `Games Editor`
    for cut in cuts:
        kept = [word for word in words[:cut] if word != "|"]
        if len(kept) >= MIN_NAME_WORDS_BEFORE_ROLE:
            return " ".join(kept)
    return name


def _opens_with_role(text: str) -> bool:
    """Whether a capitalised role (`BYLINE_ROLES`, after its modifiers) opens the text."""
    words = text.split()
    while words and words[0].lower() in BYLINE_ROLE_MODIFIERS:
        words = words[1:]
    return bool(words) and words[0][0].isupper() and words[0].lower() in BYLINE_ROLES


def _name_sized(part: str) -> bool:
    return len(part) <= MAX_NAME_CHARS and len(part.split()) <= MAX_NAME_WORDS


def split_names(author: str) -> tuple[str, ...]:
    """`Jane Doe, Max Muster und Erika Muster` -> the three names."""
    return tuple(part for part in _NAME_SEPARATOR.split(author) if _LETTER.search(part))


_SERIAL_LIST = regex.compile(
    rf"^(?P<head>[^,&/;]+(?:\s*,\s*[^,&/;]+)+?),?\s+(?:{'|'.join(NAME_CONJUNCTIONS)})\s+(?P<last>[^,&/;]+)$",
    regex.I,
)
"""A serial list: names set apart by commas, a word conjunction before the last (`A, B and C`,
`A, B, and C`)."""
MIN_SERIAL_NAMES = 3
"""Names from which a list joined by commas and a conjunction is a list, not a pair: `Lars
Fischer und Alina Schadwinkel` or `Le Figaro et AFP` stay as written."""


def join_serial_list(author: str) -> str:
    """`Jane Doe, Max Muster and Erika Muster` -> `Jane Doe, Max Muster, Erika Muster`: a
    serial list of three or more names is written as the field writes several authors, with
    commas (the metadata's lists are joined so; the conjunction is the list's grammar, not
    part of a name). Only when every part reads as a person's name (`_person_like`): not `Jane
    Doe, PhD and Max Muster` or `Paul Frew, Home and Digital Security Expert`, whose commas
    set off degrees and roles. A pair (`A und B`, `Le Figaro et AFP`) is kept as written, and
    a list with `&` or `/` (`Maria & Katerina` may be one credit)."""
    match = _SERIAL_LIST.match(author)
    if match is None:
        return author
    parts = [*(part.strip() for part in match["head"].split(",")), match["last"].strip()]
    if len(parts) < MIN_SERIAL_NAMES or not all(_person_like(part, None) for part in parts):
        return author
    return ", ".join(parts)


def is_organisation(name: str, site_name: str | None) -> bool:
    """The site, its publisher or a company where a person is expected (`finanztreff.de`,
    `LAOLA1.at`, `Web Commerce GmbH`), or the CMS's default account (`admin`): the template's
    default, worth less than a person's byline."""
    lowered = name.lower()
    site = site_name.lower() if site_name else None
    if site and (lowered in site or _starts_with_words(lowered, site)):
        return True
    if lowered in DEFAULT_ACCOUNT_NAMES or _SITE_ADDRESS.match(lowered) is not None:
        return True
    return any(mark in lowered for mark in NOT_AUTHOR_MARKS)


_SITE_SEPARATOR = r"(?:\s+[-–—]\s+|\s*[|·•:,]\s*)"
"""What sets a site's name apart from a writer's: `Example News | Jane Doe`, `Jane Doe - Example
News`; a hyphen only with spaces around it (`Jane Doe-Example` is a name)."""


def without_site_name(name: str, site_name: str | None) -> str:
    """`unocero - Alberto Ávila`, `Jane Doe | Example News` -> the writer's name: the site's own
    name before or after a separator is the newsroom, not part of a person's name. A value that
    is the site's name alone is left to `is_organisation`."""
    if not site_name or site_name.strip().casefold() not in name.casefold():
        return name  # the pattern is compiled per site name: most names never hold it
    site = regex.escape(site_name.strip())
    pattern = rf"^{site}{_SITE_SEPARATOR}(?=\S)|(?<=\S){_SITE_SEPARATOR}{site}$"
    return regex.sub(pattern, "", name, flags=regex.IGNORECASE)


def _person_name(value: str, site_name: str | None) -> str | None:
    """`clean_name` of a value, then of what is left once the site's name is taken off."""
    name = clean_name(value)
    if name is None:
        return None
    bare = without_site_name(name, site_name)
    return name if bare == name else clean_name(bare)


LEAD_IN_BLOCK_MAX_CHARS = 120
"""A block outside the body longer than this is a sentence or a list, not a post's meta line
(as `Thresholds.max_byline_chars` for the tokenizer's byline test)."""
LEAD_IN_BLOCK_LABELS = frozenset(
    {Label.BYLINE, Label.DATELINE, Label.CHROME, Label.BOILERPLATE, Label.MENU}
)
"""Where a post's meta line is found outside the body: the byline or dateline it is, or the
furniture around the article. A comment's `Posted by` names its poster, a teaser's `By` the
writer of another page, and a cookie or newsletter box names nobody."""
_NAME_START = regex.compile(r"[\p{Lu}\p{Lo}\p{N}]")
"""A capital, a letter of a script without case (`馬市`), or a digit (`3d23d65`)."""
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’.-])\p{Ll}[\p{L}'’]*")
_NAME_WORDS = frozenset(NAME_PARTICLES) | frozenset(NAME_CONJUNCTIONS)


def _looks_like_name(name: str) -> bool:
    """Capitalised words, a name's particles and conjunctions between them (`Jose de la Cruz`,
    `Jane Doe and Max Muster`): `By signing up` or `von Wertpapieren des öffentlichen Sektors`
    is a sentence."""
    if not _NAME_START.match(name):
        return False
    return all(word in _NAME_WORDS for word in _LOWER_WORD.findall(name))


def _lead_in_case(match: regex.Match[str]) -> bool:
    """Whether the lead-in is written as a word is (`by`, `By`, `BY`), not `PaR` of `PaR
    Nuclear`."""
    lead = match.group().strip(" :")
    return lead.islower() or lead.isupper() or lead == lead.capitalize()


def _date_first_name(block: Block) -> bool:
    """Whether a block the classifier read as a dateline (a date and two words at most) gives
    the date, a separator and names of two words each (`11.12.2019 - Jane Doe`): single words
    after the separator are categories as often (`Mai 21 2019 | Medien, Politik`)."""
    if block.label is not DATELINE:
        return False
    name = _after_dated_lead(block.text, (DATE_FIRST_BYLINE_RE,))
    names = split_names(name)
    return name != block.text and bool(names) and all(len(part.split()) > 1 for part in names)


def _lead_in_blocks(blocks: Sequence[Block]) -> Iterator[str]:
    """Lazily, in page order, each short block outside the body that opens with an author
    lead-in (`Von R. R. am 07.08.2013`, `Author: Jane Doe` in a footer) or gives a date before
    `by` (`Posted on September 21, 2020 by Jane Doe`) and leaves what looks like a name: the
    post's meta line that the classifier did not label a byline. A single lower-case word (a
    user name, `Posted by dana4 on May 3, 2024`) only in a line that holds a date too: `par
    exemple` is French. A lead-in alone in its block (`Written by`, an `Author` heading) gives
    the next block's name (`_after_lone_lead_in`), unless other lone lead-ins of the page name
    other people: a listing's items each carry a byline. In the body, only the block right
    beside the page's first dateline counts (`Datum: 19.11.2021` above `Autor: Jane Doe
    Quelle: Example`): the meta line the classifier took into the text, where a lead-in
    opening a body block elsewhere is a quote or a caption."""
    lone_names = _lone_lead_in_names(blocks)
    dateline = _first_dateline(blocks)
    for index, block in enumerate(blocks):
        text = block.text
        if block.label not in LONE_LEAD_IN_LABELS or len(text) > LEAD_IN_BLOCK_MAX_CHARS:
            continue
        if index in lone_names:
            yield lone_names[index]
            continue
        if block.label not in LEAD_IN_BLOCK_LABELS and (
            dateline is None or abs(dateline - index) != 1  # the meta line in the body
        ):
            continue
        match = _BLOCK_LEAD_IN.match(text)
        if match is None:
            if _after_dated_lead(text, (DATED_BYLINE_RE,)) == text and not _date_first_name(block):
                continue  # `May 21 2019 | Politik`: a date and a separator open a category too
        elif not _lead_in_case(match):
            continue
        name = clean_name(text)
        if name is not None and (_looks_like_name(name) or (" " not in name and has_date(text))):
            yield text


def _lone_lead_in_names(blocks: Sequence[Block]) -> dict[int, str]:
    """The name each lone lead-in block gives (`_after_lone_lead_in`), by the lead-in's index;
    none when the blocks after the page's lone lead-ins, in the body or out of it, hold
    different texts: a listing's items each carry a byline, and none is the page's."""
    lone = [
        index
        for index, block in enumerate(blocks[:-1])
        if block.label in LONE_LEAD_IN_LABELS
        and block.kind is not TABLE
        and len(block.text) <= LEAD_IN_BLOCK_MAX_CHARS
        and block.text.strip(_SEPARATORS).lower() in LONE_LEAD_INS
    ]
    if len({blocks[index + 1].text.strip(_SEPARATORS) for index in lone}) > 1:
        return {}
    names = {index: _after_lone_lead_in(blocks[index + 1]) for index in lone}
    return {index: name for index, name in names.items() if name is not None}


def _first_dateline(blocks: Sequence[Block]) -> int | None:
    """The index of the page's first dateline, the article's own; a later one is a teaser's
    or a listed event's."""
    return next((i for i, block in enumerate(blocks) if block.label is DATELINE), None)


LONE_LEAD_INS = frozenset(AUTHOR_LEAD_INS) - frozenset(LEAD_INS_NOT_ONLY_FOR_AUTHORS)
"""Lead-ins that, alone in a block, label the next block as the author's name (`<p>Written
by</p><p>Jane Doe</p>`, `<h3>Author</h3><p>Jane Doe</p>`): a template sets label and value in
two elements. Not `About` or `Interview`, which head other things as often."""


LONE_LEAD_IN_LABELS = LEAD_IN_BLOCK_LABELS | {Label.CONTENT}
"""Where a lone lead-in is read: where a lead-in block is, and in the body too, which takes a
meta box's `Author` heading for a heading of the text; the name must be outside it."""


def _after_lone_lead_in(block: Block) -> str | None:
    """The name the block after a lone lead-in holds, when it is a short block outside the
    body that is a name and nothing else (`Jane Doe`, `Jane Doe,` before a list's next name
    that is not there; not `Jane Doe is a writer who…`). Not in a table, whose heading row
    lists columns (`Author | Text`) and a calendar's days (`Di | Mi`, `di` being Italian's
    `by`)."""
    if block.kind is TABLE or block.label not in LEAD_IN_BLOCK_LABELS:
        return None
    if len(block.text) > MAX_NAME_CHARS:
        return None
    name = clean_name(block.text)
    return name if name == block.text.strip(_SEPARATORS) and _looks_like_name(name) else None


def _starts_with_words(text: str, start: str) -> bool:
    """Whether `text` is `start` followed by more words (`euronews with agencies` after
    `euronews`; not `euronewsroom`, nor a blog's owner `jane's blog (jdoe)` after the blog's
    name `jane's blog`, whose handle follows in brackets)."""
    rest = text[len(start) :]
    return text.startswith(start) and rest[:1].isspace() and rest.lstrip()[:1].isalpha()


def _names(value: object) -> list[str]:
    """The names a JSON-LD value gives, in order: a string, an object's `name`, lists of them.
    Walked with a stack, not by recursion: a hostile page nests lists a thousand deep."""
    names: list[str] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            pending.append(item.get("name"))
        elif isinstance(item, list):
            pending.extend(reversed(item))
    return names


def _author_items(value: object, nodes: dict[str, dict[str, object]]) -> list[object]:
    """The items of a JSON-LD `author` value in order, its nested lists flattened (with a
    stack, as `_names`), each reference resolved: `{"@id": "…/#author"}` -> the object of the
    page's JSON-LD with that @id (SEO plugins, Yoast, give the article's author as a reference
    to a Person elsewhere in the @graph)."""
    items: list[object] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
            continue
        if isinstance(item, dict) and "name" not in item:
            reference = item.get("@id")
            if isinstance(reference, str) and reference in nodes:
                item = nodes[reference]
        items.append(item)
    return items


def _only_organisations(items: list[object]) -> bool:
    """Whether a JSON-LD `author` value's items (`_author_items`) are organisations only
    (`{"@type": "Organization"}`); a person beside an agency (`Paula Steiger, SDA`) keeps both."""
    if not items:
        return False
    for item in items:
        kind = item.get("@type") if isinstance(item, dict) else None
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
        if not any(isinstance(k, str) and k.endswith(ORGANISATION_TYPE) for k in kinds):
            return False
    return True


PERSON_TYPE = "Person"


def _newsroom_names(meta: PageMeta) -> frozenset[str]:
    """The names, case-folded, the JSON-LD gives to organisations: every object typed as one
    (`Organization`, `NewsMediaOrganization`) and an article's publisher not typed `Person`.
    The template fills `<meta name="author">` or the byline's author link with the same name
    (`n-tv NACHRICHTEN`, `Makronom`), which is the newsroom, not the writer."""
    names: list[str] = []
    for item in meta.json_ld:
        kind = item.get("@type")
        if isinstance(kind, str) and kind.endswith(ORGANISATION_TYPE):
            names.extend(_names(item.get("name")))
    for item in article_objects(meta):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and publisher.get("@type") != PERSON_TYPE:
            names.extend(_names(publisher.get("name")))
    return frozenset(" ".join(name.split()).casefold() for name in names)


def _labelled_author(meta: PageMeta) -> list[str]:
    """The value of a Twitter card's label/data pair whose label is an author lead-in: SEO
    plugins (Yoast) print `twitter:label1 = "Written by"`, `twitter:data1 = "Jane Doe"`."""
    names: list[str] = []
    for number in range(1, MAX_TWITTER_LABELS + 1):
        labels = meta.meta.get(f"twitter:label{number}", ())
        if any(label.strip(" :").lower() in AUTHOR_LEAD_INS for label in labels):
            names.extend(meta.meta.get(f"twitter:data{number}", ()))
    return names


def _candidates(
    meta: PageMeta, blocks: Sequence[Block], root: etree._Element | None
) -> Iterator[tuple[Sequence[str], str]]:
    """Raw names by source, best first; lazily, as the markup search is the costly one."""
    nodes = {item["@id"]: item for item in meta.json_ld if isinstance(item.get("@id"), str)}
    for item in article_objects(meta):
        author = _author_items(item.get("author"), nodes)
        yield _names(author), ORGANISATION_SOURCE if _only_organisations(author) else "json-ld"
    for key in AUTHOR_META_KEYS:
        yield meta.meta.get(key, ()), f"meta:{key}"
    yield _labelled_author(meta), "meta:twitter:data"
    if root is not None:
        marks = itertools.islice(read_author_marks(root), MAX_AUTHOR_MARKS)
        yield [next((mark for mark in marks if clean_name(mark)), "")], "markup"
    yield [block.text for block in blocks if block.label is BYLINE][:1], "text"
    for text in _lead_in_blocks(blocks):
        yield [text], LEAD_IN_BLOCK_SOURCE  # the next, when one names the site


PRINTED_LIST_SOURCE = "text:list"
"""The source of a printed byline that lists more people than the metadata names."""


def _printed_list(
    people: Sequence[str], blocks: Sequence[Block], site_name: str | None
) -> str | None:
    """The first short block outside the body that lists more names than the metadata and every
    metadata name among them (`Rui Ma, Heba Ledwon & Suparn Patra` where the JSON-LD names
    `Rui Ma`, `Dr Jane Doe, Max Muster` where it names `Jane Doe`): a template that fills the
    metadata with the first author only prints the whole credit. A block that names the
    metadata's people and no more, met first, is the page's own byline (`By Jane Doe.`), and
    the lists after it are other articles' teasers."""
    wanted = [name.casefold() for name in people]
    for block in blocks:
        if block.label not in LEAD_IN_BLOCK_LABELS or len(block.text) > LEAD_IN_BLOCK_MAX_CHARS:
            continue
        lowered = block.text.casefold()
        if not all(name in lowered for name in wanted):
            continue
        name = clean_name(block.text)
        if name is None or not _looks_like_name(name):
            continue
        parts = split_names(name)
        folded = [part.casefold() for part in parts]
        if not all(any(_has_words(part, person) for part in folded) for person in wanted):
            continue
        if len(parts) <= len(wanted):
            return None  # the page prints the metadata's credit: a later list is a teaser's
        if all(_person_like(part, site_name) for part in parts):
            return name
    return None


_PERSON_WORD = r"(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\p{Ll}?\.)+)"
"""A capitalised word, or initials and short titles with their dots (`J.`, `J.R.`, `Dr.`)."""
_PARTICLES = "|".join(NAME_PARTICLES)
_PERSON_LIKE = regex.compile(
    rf"^{_PERSON_WORD}(?:\s+(?:{_PARTICLES}|{_PERSON_WORD})){{1,{MAX_NAME_WORDS - 1}}}$"
)
"""Two to five words, capitalised but for a name's particles (`Erik van Vulpen`)."""


def _person_like(part: str, site_name: str | None) -> bool:
    """Whether one name of a printed list reads as a person's: not a place or a newsroom in one
    word (`Frankfurt`, `TIMESOFINDIA.COM`), nor a sentence's end (`Writing Centre. Copyright`),
    nor one holding the site's name (`The Detroit News` on `Detroit News`), nor a job title
    (`Senior Staff Technologist`)."""
    words = part.split()
    return (
        _PERSON_LIKE.match(part) is not None
        and not (site_name and site_name.strip().casefold() in part.casefold())
        and not _opens_with_role(part)
        and words[-1].lower() not in BYLINE_ROLES
    )


def _has_words(text: str, words: str) -> bool:
    """Whether `words` is `text` or a run of whole words in it (`jane doe` in `dr jane doe`)."""
    return regex.search(rf"(?<!\w){regex.escape(words)}(?!\w)", text) is not None


def _before_affiliation(value: str, site_name: str | None) -> str | None:
    """`Jane Doe, Professor at the Faculty of Social Studies of Example University, Example
    News` -> `Jane Doe`: a JSON-LD Person's `name` that goes on after a comma with a
    description too long for a name gives the name before it."""
    head, comma, _ = value.partition(",")
    name = _person_name(head, site_name) if comma else None
    return name if name is not None and _looks_like_name(name) else None


def choose_author(
    meta: PageMeta,
    blocks: Sequence[Block],
    site_name: str | None = None,
    root: etree._Element | None = None,
) -> tuple[str, str] | None:
    """Author names joined by ", ", with the source; None when the page names nobody.

    `root`, the parsed page, lets author-marked markup (`rel="author"`, `class="byline"`) be
    searched when the metadata names no person.
    """
    fallback: tuple[str, str] | None = None
    newsrooms = _newsroom_names(meta) if meta.json_ld else frozenset()
    for values, source in _candidates(meta, blocks, root):
        names = [name for name in (_person_name(value, site_name) for value in values) if name]
        if source == "json-ld" and not names:
            names = [name for name in (_before_affiliation(v, site_name) for v in values) if name]
        if source in PRINTED_SOURCES:
            names = list(map(drop_role, names))
        names = list(map(join_serial_list, names))
        unique = list(dict.fromkeys(names))
        people = [
            name
            for name in unique
            if source != ORGANISATION_SOURCE
            and not is_organisation(name, site_name)
            and name.casefold() not in newsrooms
        ]
        if people and source not in PRINTED_SOURCES:
            printed = _printed_list(people, blocks, site_name)
            if printed is not None:
                return printed, PRINTED_LIST_SOURCE
        if people:
            return ", ".join(people[:MAX_AUTHORS]), source
        if unique and fallback is None:
            fallback = ", ".join(unique[:MAX_AUTHORS]), source.removesuffix(ORGANISATION_SUFFIX)
    return fallback
