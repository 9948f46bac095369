"""Invariants of extract() on generated input (hypothesis)."""

from __future__ import annotations

import regex
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from cleantext import BlockKind, Thresholds, extract
from cleantext._text import trim_lines
from cleantext.blocks import tokenize
from cleantext.decode import LABELS, decode
from cleantext.heuristics.mojibake import MOJIBAKE_RUN
from cleantext.parse import flatten, parse
from tests.hostile_cases import PARAGRAPHS

CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
TAGS = [
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "li",
    "ul",
    "br",
    "table",
    "td",
    "tr",
    "nav",
    "footer",
    "article",
    "pre",
    "script",
    "b",
    "i",
    "blockquote",
]

tag_fragments = st.lists(
    st.one_of(
        st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
        st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
        st.text(max_size=80),
    ),
    max_size=40,
).map("".join)
words = st.text(alphabet=st.characters(categories=("Ll", "Lu")), min_size=1, max_size=12)
sentence = st.lists(words, min_size=6, max_size=30).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=2, max_size=5).map(" ".join)
article = st.lists(paragraph, min_size=2, max_size=8).map("\n\n".join)


def _assert_clean(value: str | None) -> None:
    if value is not None:
        assert not CONTROL.search(value), repr(value)


@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000), tag_fragments))
def test_never_raises_and_output_is_clean(page: bytes | str) -> None:
    result = extract(page)
    assert isinstance(result.body, str)
    for value in (result.body, result.title, result.author, result.description):
        _assert_clean(value)
    result.body.encode("utf-8")  # valid UTF-8: no lone surrogates


@given(article)
def test_text_output_is_a_fixed_point(text: str) -> None:
    body = extract(text).body
    assert extract(body).body == body


@given(article)
def test_html_article_survives_wrapping_in_furniture(text: str) -> None:
    assume(MOJIBAKE_RUN.search(text) is None)  # `Âµ` is repaired to `µ` (test_mojibake.py)
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    page = (
        f"<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav>"
        f"<article>{paragraphs}</article><footer>About us</footer></body></html>"
    )
    assert extract(page).body.split("\n\n") == [" ".join(p.split()) for p in text.split("\n\n")]


@given(st.one_of(st.binary(max_size=500), st.text(max_size=500)))
def test_deterministic(page: bytes | str) -> None:
    assert extract(page) == extract(page)


# --- hostile input: decode, flatten, tokenize, extract ----------------------------------------

ALLOWED_CODECS = set(LABELS.values()) | {"utf-8"}
PYTHON_ONLY_CODECS = ["unicode_escape", "utf-7", "rot13", "base64", "hex", "idna", "punycode"]


@given(
    st.binary(max_size=3000),
    st.one_of(st.none(), st.sampled_from(PYTHON_ONLY_CODECS), st.sampled_from(sorted(LABELS))),
)
def test_decode_uses_only_whatwg_codecs(data: bytes, declared: str | None) -> None:
    decoded = decode(data, declared)
    assert decoded.encoding in ALLOWED_CODECS
    decoded.text.encode("utf-8")  # no lone surrogates come out of any byte sequence


@given(st.text(alphabet=st.characters(exclude_characters="\x00\ufeff"), max_size=2000))
def test_valid_utf8_always_decodes_to_itself(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
        return  # not valid UTF-8 to begin with
    if MOJIBAKE_RUN.search(text):
        return  # text that looks doubly encoded is repaired (test_mojibake.py)
    assert decode(data).text == text


TAG_SOUP = st.lists(
    st.one_of(
        st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
        st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
        st.sampled_from(["<!-- c -->", "<!--", "-->", "<br/>", "<p/>", "<", ">"]),
        st.text(alphabet="ab <>/!-", max_size=10),
    ),
    max_size=300,
).map("".join)
_MARKUP_OR_COMMENT = regex.compile(r"<[^<>]*>")


def _without_markup(text: str) -> str:
    """The text with tags removed until none is left: unwrapping `<a>` in `<<a>>` leaves `<>`,
    which a single pass over the original would keep and one over the result removes."""
    while True:
        stripped = _MARKUP_OR_COMMENT.sub("", text)
        if stripped == text:
            return text
        text = stripped


@given(TAG_SOUP, st.integers(min_value=1, max_value=20))
@example("<p><<a>>", 1)
def test_flatten_only_removes_markup(soup: str, depth: int) -> None:
    flat = flatten(soup, depth)
    assert _without_markup(flat) == _without_markup(soup)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(["div", "span", "b", "section", "font", "td"]), min_size=1, max_size=6
    ),
    st.integers(min_value=1, max_value=4000),
    st.booleans(),
)
def test_article_survives_any_nesting(wrappers: list[str], levels: int, closed: bool) -> None:
    tags = [wrappers[i % len(wrappers)] for i in range(levels)]
    opening = "".join(f"<{tag}>" for tag in tags)
    closing = "".join(f"</{tag}>" for tag in reversed(tags)) if closed else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = f"<html><body>{opening}x{closing}<article>{paragraphs}</article></body></html>"
    body = extract(page).body
    assert PARAGRAPHS[0] in body
    assert PARAGRAPHS[-1] in body


@settings(max_examples=50, deadline=None)
@given(TAG_SOUP)
@example("--><br/>--><br/>-->")  # two <br> join three lines: two separators, one block
def test_tokenize_blocks_are_clean_and_bounded(soup: str) -> None:
    root = parse(soup)
    tokens = tokenize(root, Thresholds())
    text_chars = sum(len(part) for part in root.itertext())
    breaks = sum(1 for _ in root.iter("br"))  # each may join two lines with a separator
    assert sum(len(block.text) for block in tokens.blocks) <= (
        text_chars + len(tokens.blocks) + breaks
    )
    for block in tokens.blocks:
        assert block.text
        if block.kind is BlockKind.CODE:  # keeps its indentation, like test_trim_lines says
            assert block.text == trim_lines(block.text)
            assert block.text.strip()
        else:
            assert block.text == block.text.strip()
        _assert_clean(block.text)


@given(st.binary(max_size=400))
def test_gzip_lookalikes_never_raise(tail: bytes) -> None:
    result = extract(b"\x1f\x8b" + tail)
    assert isinstance(result.body, str)
