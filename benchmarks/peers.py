"""The extractors measured side by side, each wrapped to return the same small record.

Every adapter calls its library the way that library's documentation recommends for article
extraction, and imports it lazily: only the worker process running a peer pays for (and can
crash on) its import, and the harness runs with whatever subset is installed.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from benchmarks.htmltools import decode_html, fragment_text, html_lang

TITLE, DATE, BODY, AUTHOR = "title", "date", "body", "author"
ALL_FIELDS = frozenset({TITLE, DATE, BODY, AUTHOR})
AUTHOR_SEPARATOR = ", "

PLACEHOLDER_URL = "http://example.com/"
"""newspaper4k needs some URL to build an Article; only used when the dataset has none."""

JUSTEXT_FALLBACK_STOPLIST = "English"
"""Stoplist for pages that declare no language: most undeclared pages here are English."""

JUSTEXT_STOPLISTS = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cv": "Chuvash", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eng": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "fy": "West_Frisian", "ga": "Irish", "gl": "Galician", "gu": "Gujarati",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "io": "Ido", "is": "Icelandic",
    "it": "Italian", "iw": "Hebrew", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh",
    "kn": "Kannada", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin",
    "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal",
    "oc": "Occitan", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "su": "Sundanese", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tk": "Turkmen", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "yo": "Yoruba",
}  # fmt: skip
"""ISO 639 code of `<html lang>` to the name of the stoplist jusText ships for it."""


@dataclass(frozen=True)
class Prediction:
    """What every extractor is reduced to; a field a peer does not output stays None."""

    title: str | None = None
    date: str | None = None
    body: str = ""
    author: str | None = None


Extractor = Callable[[Any, str | None], Prediction]


@dataclass(frozen=True)
class Peer:
    """An extractor under test and how it is called."""

    name: str
    distribution: str
    """PyPI distribution, for the version in the report."""
    module: str
    """Import name, to tell whether it is installed without importing it."""
    fields: frozenset[str]
    """The fields it outputs; the others are not scored for it."""
    call: str
    """The documented call used, shown in the report."""
    extract: Extractor
    takes_text: bool = False
    """True when the library wants decoded text: the worker decodes before the clock starts."""


def iso_date(value: object) -> str | None:
    """A date in whatever type a library returns, as an ISO 8601 string."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def join_authors(authors: Iterable[str] | None) -> str | None:
    """A list of author names as one string, None when there is none."""
    names = [a.strip() for a in authors or () if a and a.strip()]
    return AUTHOR_SEPARATOR.join(names) if names else None


def prediction_from_cleantext(result: Any) -> Prediction:
    """Reduce a `cleantext.extract` result to the shared record (inspect reuses it)."""
    return Prediction(result.title, result.date, result.body or "", result.author)


def run_cleantext(raw: bytes, url: str | None) -> Prediction:
    from cleantext import extract

    return prediction_from_cleantext(extract(raw, url=url))


def run_trafilatura(raw: bytes, url: str | None) -> Prediction:
    from trafilatura import bare_extraction

    document = bare_extraction(
        raw, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None:
        return Prediction()
    assert not isinstance(document, dict)  # only with as_dict=True
    return Prediction(document.title, document.date, document.text or "", document.author)


def run_readability(raw: bytes, url: str | None) -> Prediction:
    from readability import Document

    document = Document(raw, url=url)
    return Prediction(title=document.title(), body=fragment_text(document.summary()))


def run_justext(raw: bytes, url: str | None) -> Prediction:
    import justext

    language = html_lang(raw)
    name = JUSTEXT_FALLBACK_STOPLIST if language is None else JUSTEXT_STOPLISTS.get(language)
    if name is None:  # a declared language jusText has no stoplist for
        paragraphs = justext.justext(raw, frozenset(), stopwords_low=0, stopwords_high=0)
    else:
        paragraphs = justext.justext(raw, justext.get_stoplist(name))
    return Prediction(body="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


@cache
def boilerpipe_extractor() -> Any:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor()


def run_boilerpy3(text: str, url: str | None) -> Prediction:
    document = boilerpipe_extractor().get_doc(text)
    return Prediction(title=document.title, body=document.content)


def run_newspaper(text: str, url: str | None) -> Prediction:
    from newspaper import Article

    article = Article(url or PLACEHOLDER_URL, fetch_images=False)
    article.download(input_html=text)
    article.parse()
    return Prediction(
        article.title or None,
        iso_date(article.publish_date),
        article.text,
        join_authors(article.authors),
    )


@cache
def goose() -> Any:
    from goose3 import Goose

    return Goose()


def run_goose(raw: bytes, url: str | None) -> Prediction:
    article = goose().extract(url=url, raw_html=raw)
    return Prediction(
        article.title or None,
        iso_date(article.publish_datetime_utc) or iso_date(article.publish_date),
        article.cleaned_text,
        join_authors(article.authors),
    )


def run_resiliparse(raw: bytes, url: str | None) -> Prediction:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    encoding = detect_encoding(raw, from_html_meta=True)  # UTF-8 when unsure, never None
    tree = HTMLTree.parse(bytes_to_str(raw, encoding))  # type: ignore[arg-type]
    return Prediction(body=extract_plain_text(tree, main_content=True))


def run_htmldate(raw: bytes, url: str | None) -> Prediction:
    from htmldate import find_date

    return Prediction(date=find_date(raw, url=url, original_date=True, extensive_search=True))


def run_html_text(text: str, url: str | None) -> Prediction:
    import html_text

    return Prediction(body=html_text.extract_text(text, guess_layout=True))


def run_lxml(raw: bytes, url: str | None) -> Prediction:
    import lxml.html

    lxml.html.document_fromstring(raw)
    return Prediction()


PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in (
        Peer(
            "cleantext", "cleantext-extract", "cleantext", ALL_FIELDS,
            "cleantext.extract(raw, url=url)", run_cleantext,
        ),
        Peer(
            "trafilatura", "trafilatura", "trafilatura", ALL_FIELDS,
            "bare_extraction(raw, url=url, with_metadata=True, include_comments=False, "
            "include_tables=True)",
            run_trafilatura,
        ),
        Peer(
            "readability", "readability-lxml", "readability", frozenset({TITLE, BODY}),
            "Document(raw, url=url): title(), text of summary()", run_readability,
        ),
        Peer(
            "justext", "jusText", "justext", frozenset({BODY}),
            "justext.justext(raw, get_stoplist(<html lang>)); English when undeclared, "
            "language-independent mode when jusText has no stoplist",
            run_justext,
        ),
        Peer(
            "boilerpy3", "boilerpy3", "boilerpy3", frozenset({TITLE, BODY}),
            "extractors.ArticleExtractor().get_doc(text)", run_boilerpy3, takes_text=True,
        ),
        Peer(
            "newspaper4k", "newspaper4k", "newspaper", ALL_FIELDS,
            "Article(url, fetch_images=False).download(input_html=text).parse()",
            run_newspaper, takes_text=True,
        ),
        Peer(
            "goose3", "goose3", "goose3", ALL_FIELDS,
            "Goose().extract(url=url, raw_html=raw)", run_goose,
        ),
        Peer(
            "resiliparse", "resiliparse", "resiliparse", frozenset({BODY}),
            "extract_plain_text(HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw, "
            "from_html_meta=True))), main_content=True)",
            run_resiliparse,
        ),
        Peer(
            "htmldate", "htmldate", "htmldate", frozenset({DATE}),
            "find_date(raw, url=url, original_date=True, extensive_search=True)", run_htmldate,
        ),
        Peer(
            "html_text", "html-text", "html_text", frozenset({BODY}),
            "html_text.extract_text(text, guess_layout=True) (all text: baseline)",
            run_html_text, takes_text=True,
        ),
        Peer(
            "lxml", "lxml", "lxml", frozenset(),
            "lxml.html.document_fromstring(raw) (parse only: speed floor)", run_lxml,
        ),
    )
}  # fmt: skip


def prepare_input(peer: Peer, raw: bytes) -> bytes | str:
    """What the peer is handed: raw bytes, or text decoded by one shared decoder."""
    return decode_html(raw) if peer.takes_text else raw
