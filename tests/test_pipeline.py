"""extract() end to end: the decisions only the pipeline makes (retries, input sniffing)."""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from cleantext import ExtractOptions, extract

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story explains, at some length and in plain words, what the "
    f"council decided on Tuesday and why the residents were not told about it sooner.</p>"
    for n in range(4)
)


def test_article_hidden_until_a_script_shows_it_is_read_on_retry() -> None:
    page = f"<html><body><div hidden id='S:1'><article>{PARAGRAPHS}</article></div></body></html>"
    result = extract(page)
    assert "Paragraph 0 of the story" in result.body
    assert "Paragraph 3 of the story" in result.body


def test_hidden_dialog_stays_hidden_when_the_article_is_visible() -> None:
    page = (
        f"<html><body><article>{PARAGRAPHS}</article><div hidden><p>Secret modal text that "
        f"nobody sees unless they click a button somewhere on the page.</p></div></body></html>"
    )
    result = extract(page)
    assert "Paragraph 2 of the story" in result.body
    assert "Secret modal" not in result.body


def test_binary_formats_give_an_empty_result_with_a_reason() -> None:
    result = extract(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert result.body == ""
    assert result.sources["body"] == "not a web page: PNG image"


def test_in_body_matches_the_body() -> None:
    result = extract(f"<html><body><nav><a href='/'>Home</a></nav>{PARAGRAPHS}</body></html>")
    assert "\n\n".join(block.text for block in result.blocks if block.in_body) == result.body


def test_thread_served_inside_noscript_is_read_on_retry() -> None:
    page = (
        "<html><body><section id='main'></section>"
        f"<noscript><div class='post'>{PARAGRAPHS}</div></noscript></body></html>"
    )
    assert "Paragraph 1 of the story" in extract(page).body


def test_noscript_is_ignored_when_the_page_has_its_article() -> None:
    page = (
        f"<html><body><article>{PARAGRAPHS}</article><noscript><p>Please enable JavaScript "
        "to use every feature of this website and its comments.</p></noscript></body></html>"
    )
    assert "enable JavaScript" not in extract(page).body


def _next_page(fragment: str, visible: str = "") -> str:
    """A Next.js page that streams `fragment` as a text row of its payload."""
    row = f"24:T{len(fragment.encode()):x},{fragment}"
    literal = json.dumps(row)
    return (
        f"<html><body><div id='__next'>{visible}</div>"
        f"<script>self.__next_f.push([1,{literal}])</script></body></html>"
    )


def test_article_only_in_the_streamed_nextjs_payload_is_read() -> None:
    result = extract(_next_page(PARAGRAPHS))
    assert "Paragraph 0 of the story" in result.body
    assert "Paragraph 3 of the story" in result.body


def test_streamed_payload_is_not_read_when_the_markup_has_the_article() -> None:
    other = "<p>Streamed teaser text that the page never shows anywhere to its readers.</p>"
    result = extract(_next_page(other * 3, visible=f"<article>{PARAGRAPHS}</article>"))
    assert "Paragraph 2 of the story" in result.body
    assert "Streamed teaser" not in result.body


def test_streamed_payload_is_held_to_the_markup_limit() -> None:
    fragment = "".join(f"<p>Sentence {n} of a very long streamed article.</p>" for n in range(5000))
    result = extract(_next_page(fragment), options=ExtractOptions(max_markup_chars=20_000))
    assert "Sentence 0 of" in result.body and "Sentence 4999 of" not in result.body
    assert any(note.startswith("markup cut at 20000") for note in result.notes)


def _forum(kind: str) -> str:
    replies = "".join(
        f"<div class='comment'><p>Reply {n}: I tried the same setup last year and the "
        f"installer failed until I removed the old configuration folder by hand.</p></div>"
        for n in range(6)
    )
    return (
        f'<html><head><script type="application/ld+json">{{"@type": "{kind}"}}</script></head>'
        "<body><h1>Installer fails on the second run</h1><p>The installer fails every time I "
        "run it a second time, with an error about a missing file in the cache folder.</p>"
        f"<div class='comments'>{replies}</div></body></html>"
    )


def test_replies_of_a_page_declared_a_forum_topic_are_its_content() -> None:
    assert "Reply 4:" in extract(_forum("DiscussionForumPosting")).body
    assert "Reply 4:" not in extract(_forum("BlogPosting")).body


def test_the_page_bytes_are_released_once_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gzip page is inflated into new bytes, which the parser reads: nothing of the pipeline
    holds them afterwards (the tree is libxml2's copy)."""
    from cleantext import pipeline

    parsed: list[bytes] = []
    held_while_tokenizing: list[int] = []
    parse_page, tokenize = pipeline.parse_page, pipeline.tokenize

    def recording_parse(text: str, max_chars: int | None = None, utf8: bytes | None = None):  # type: ignore[no-untyped-def]
        if utf8 is not None:
            parsed.append(utf8)
        return parse_page(text, max_chars, utf8)

    def checking_tokenize(*args, **kwargs):  # type: ignore[no-untyped-def]
        held_while_tokenizing.append(sys.getrefcount(parsed[0]))
        return tokenize(*args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_page", recording_parse)
    monkeypatch.setattr(pipeline, "tokenize", checking_tokenize)
    page = "<html><body><article><p>Über die Straße gehen wir heute.</p></article></body></html>"
    result = extract(gzip.compress(page.encode()))
    assert "Straße" in result.body
    assert held_while_tokenizing == [2]  # the list above, and getrefcount's own argument


def test_a_client_rendered_shell_gives_its_description_marked_as_such() -> None:
    summary = "I have nothing smart in my apartment yet. What is the best place to start?"
    page = (
        f"<html><head><meta name='description' content='{summary}'></head>"
        "<body><div id='root'></div><script>render()</script></body></html>"
    )
    result = extract(page)
    assert result.body == summary
    assert result.sources["body"] == "description"
    assert extract("<html><body><div id='root'></div></body></html>").sources["body"] == (
        "empty: the page has no text"
    )


@pytest.mark.parametrize("lead", [b"\n" * 5000, b"\r\n" * 3000 + b"<!-- cache: hit -->\r\n"])
def test_a_page_after_kilobytes_of_blank_lines_is_read_as_markup(lead: bytes) -> None:
    """Server templates may emit kilobytes of blank lines before the doctype: the page is still
    markup, not plain text whose tags come out as the body."""
    page = b"<!DOCTYPE html><html><head><title>The council</title></head><body><article>"
    result = extract(lead + page + PARAGRAPHS.encode() + b"</article></body></html>")
    assert result.title == "The council"
    assert result.body.startswith("Paragraph 0 of the story")
    assert "<" not in result.body
