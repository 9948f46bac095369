"""Invariants of extract() on generated input (hypothesis)."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext import extract

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
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    page = (
        f"<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav>"
        f"<article>{paragraphs}</article><footer>About us</footer></body></html>"
    )
    assert extract(page).body.split("\n\n") == [" ".join(p.split()) for p in text.split("\n\n")]


@given(st.one_of(st.binary(max_size=500), st.text(max_size=500)))
def test_deterministic(page: bytes | str) -> None:
    assert extract(page) == extract(page)
