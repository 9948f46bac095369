"""The evaluation harness: metric definitions on hand-computed cases, and a smoke run.

No peer library is needed: the smoke run measures cleantext alone on three pages of two
datasets from the shared evaluation folder (skipped when that folder is absent).
"""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from benchmarks import (
    datasets,
    htmltools,
    inspect,
    metrics,
    peers,
    runner,
    scoring,
    worker,
)
from benchmarks.__main__ import main as run_cli
from benchmarks.flattened import block_flatten, innertext_flatten, select_pages

SMOKE_DATASETS = ("fundus", "trafilatura_eval")
SMOKE_PAGES = 3
BIG_PAGE_PARAGRAPHS = 500_000
EVAL_DIR = datasets.default_data_dir()
needs_eval = pytest.mark.skipif(
    not all((EVAL_DIR / d / datasets.TRUTH_FILE).is_file() for d in SMOKE_DATASETS),
    reason=f"evaluation corpus not found at {EVAL_DIR} (it sits at ../shared/eval in CI)",
)


# --- body: the article-extraction-benchmark shingle metric ---------------------------------


def test_tokens_ignore_punctuation_and_keep_unicode_words() -> None:
    assert metrics.tokenize("Hello, world! It's 2024 — über.") == [
        "Hello", "world", "It", "s", "2024", "über",
    ]  # fmt: skip


def test_short_text_is_one_shingle_and_empty_text_none() -> None:
    assert metrics.shingles(["a", "b"]) == {("a", "b"): 1}
    assert metrics.shingles([]) == {}
    assert metrics.shingles(list("abcde")) == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_one_changed_word_at_the_end() -> None:
    # truth shingles abcd bcde cdef; prediction abcd bcde cdex: tp 2, fp 1, fn 1 -> /4
    match = metrics.match_body("a b c d e f", "a b c d e x")
    assert (match.tp, match.fp, match.fn, match.exact) == (0.5, 0.25, 0.25, False)
    assert metrics.body_precision(match) == pytest.approx(2 / 3)
    assert metrics.body_recall(match) == pytest.approx(2 / 3)


def test_shingles_are_a_multiset() -> None:
    # truth: abcd x2, bcda, cdab, dabc (5); prediction abcd once: tp 1, fn 4
    match = metrics.match_body("a b c d a b c d", "a b c d")
    assert (match.tp, match.fp, match.fn) == (0.2, 0.0, 0.8)
    assert metrics.body_precision(match) == 1.0
    assert metrics.body_recall(match) == pytest.approx(0.2)


def test_edge_cases_of_precision_and_recall() -> None:
    both_empty = metrics.match_body("", "")
    assert metrics.body_precision(both_empty) == metrics.body_recall(both_empty) == 1.0
    assert both_empty.exact
    nothing_predicted = metrics.match_body("a b c d", "")
    assert metrics.body_precision(nothing_predicted) == 0.0
    assert metrics.body_recall(nothing_predicted) == 0.0
    nothing_expected = metrics.match_body("", "a b c d")
    assert metrics.body_precision(nothing_expected) == 0.0
    assert metrics.body_recall(nothing_expected) == 0.0


def test_short_documents_count_as_one_shingle() -> None:
    same = metrics.match_body("Breaking news", "Breaking: news!")
    assert metrics.body_precision(same) == metrics.body_recall(same) == 1.0
    assert same.exact
    longer = metrics.match_body("Breaking news", "Breaking news today")
    assert metrics.body_precision(longer) == metrics.body_recall(longer) == 0.0


def test_body_summary_averages_pages_then_takes_f1_of_the_means() -> None:
    pages = [
        metrics.match_body("a b c d e f", "a b c d e x"),
        metrics.match_body("a b c d a b c d", "a b c d"),
    ]
    summary = metrics.summarise_body(pages)
    assert summary is not None
    precision, recall = (2 / 3 + 1.0) / 2, (2 / 3 + 0.2) / 2  # 5/6 and 13/30
    assert summary.precision == pytest.approx(precision)
    assert summary.recall == pytest.approx(recall)
    assert summary.f1 == pytest.approx(390 / 684)  # 2PR / (P + R)
    assert (summary.exact, summary.documents) == (0.0, 2)
    assert metrics.summarise_body([]) is None


# --- snippets: trafilatura's evaluation ----------------------------------------------------


def test_snippets_after_whitespace_normalisation_case_sensitive() -> None:
    output = "The quick  brown\nfox jumps."
    counts = metrics.count_snippets(
        output, ["quick brown fox", "Quick brown"], ["fox jumps", "cat"]
    )
    assert counts == metrics.SnippetCounts(tp=1, fp=1, fn=1, tn=1)


def test_snippet_counts_are_pooled_over_pages() -> None:
    pages = [metrics.SnippetCounts(1, 1, 1, 1), metrics.SnippetCounts(2, 0, 0, 2)]
    summary = metrics.summarise_snippets(pages)
    assert summary is not None
    assert (summary.precision, summary.recall, summary.f1) == (0.75, 0.75, 0.75)
    assert (summary.with_found, summary.without_absent, summary.snippets) == (0.75, 0.75, 8)
    assert metrics.summarise_snippets([]) is None


# --- titles, authors, dates ----------------------------------------------------------------


def test_labels_compare_after_nfkc_casefold_and_tokens() -> None:
    assert metrics.normalise_label("  The Café — \uff21\uff22\uff23 News! ") == "the café abc news"
    assert metrics.label_equal("Straße", "STRASSE")
    assert metrics.label_equal("Sazerac - alles über", "Sazerac! Alles über")
    assert not metrics.label_equal("A title", None)
    assert metrics.label_equal("Stadt\u00adentwicklung heute", "Stadtentwicklung heute")
    assert not metrics.label_equal("Stadt-entwicklung heute", "Stadtentwicklung heute")


def test_title_token_f1() -> None:
    # prediction has 6 tokens, truth 4, all 4 shared: P 2/3, R 1, F1 0.8
    assert metrics.token_f1(
        "Nearly 3000 pages released", "Nearly 3000 pages released | Nine News"
    ) == pytest.approx(0.8)
    assert metrics.token_f1("A title", None) == 0.0
    assert metrics.token_f1("", "") == 1.0


def test_dates_compare_on_the_day() -> None:
    assert metrics.date_equal("2024-01-07", "2024-01-07T01:20:00+00:00")
    assert not metrics.date_equal("2024-01-07", "2024-01-08")
    assert not metrics.date_equal("2024-01-07", None)


def test_unmatched_spans_locate_the_missing_words() -> None:
    text = "one two three four, five six seven eight"
    (span,) = metrics.unmatched_spans(text, "one two three four")
    assert text[span.start : span.end] == "five six seven eight"
    assert (span.first, span.words) == (4, 4)
    assert metrics.unmatched_spans("a b", "x a b y") == []


# --- pieces around the metrics ---------------------------------------------------------------


def test_fragment_text_separates_blocks_and_skips_comments() -> None:
    html = "<div><p>end</p><p>Next <b>bold</b>tail<!-- c -->after</p>x<br>y</div>"
    assert htmltools.fragment_text(html) == "end\n\nNext boldtailafter\n\nx\n\ny"


def test_decoding_follows_the_declared_charset() -> None:
    assert "café" in htmltools.decode_html(b'<meta charset="windows-1252"><p>caf\xe9</p>')
    assert htmltools.html_lang(b'<html class="x" lang="de-CH">') == "de"
    assert htmltools.html_lang(b"<html>") is None


def test_default_data_is_found_beside_the_main_checkout_of_a_worktree(tmp_path: Path) -> None:
    """A worktree kept away from the main checkout (`/work/wt/NAME` for `/work/main`) finds the
    corpus beside the main checkout, which its `.git` file names."""
    main, eval_dir = tmp_path / "project" / "main", tmp_path / "project" / "shared" / "eval"
    git_dir = main / ".git" / "worktrees" / "robust"
    git_dir.mkdir(parents=True)
    (git_dir / "commondir").write_text("../..\n")
    eval_dir.mkdir(parents=True)
    worktree = tmp_path / "wt" / "robust"
    worktree.mkdir(parents=True)
    assert datasets.default_data_dir(worktree) == tmp_path / "wt" / "shared" / "eval"
    (worktree / ".git").write_text(f"gitdir: {git_dir}\n")
    assert datasets.default_data_dir(worktree) == eval_dir
    assert datasets.default_data_dir(main) == eval_dir  # the main checkout itself


def test_missing_data_names_the_data_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert run_cli(["--data", str(missing)]) == 2
    assert inspect.main(["fundus", "some-id", "--data", str(missing)]) == 2
    for line in capsys.readouterr().err.splitlines():
        assert line.startswith(f"no evaluation folder at {missing}: pass --data DIR")


def test_datasets_accept_plain_and_gzipped_pages_sorted_by_id(tmp_path: Path) -> None:
    folder = tmp_path / "mini"
    (folder / datasets.PAGES_DIR).mkdir(parents=True)
    (folder / datasets.PAGES_DIR / "b.html.gz").write_bytes(gzip.compress(b"<p>bee</p>"))
    (folder / datasets.PAGES_DIR / "a.html").write_bytes(b"<p>ay</p>")
    rows = [
        {"id": "b", "url": None, "body": "bee", "author": ["Ann", "Bo"]},
        {"id": "a", "title": "A"},
        {"id": "gone"},
    ]
    (folder / datasets.TRUTH_FILE).write_text("\n".join(json.dumps(r) for r in rows))
    assert datasets.list_datasets(tmp_path) == ["mini"]
    pages = datasets.load_pages(tmp_path, "mini")
    assert [p.id for p in pages] == ["a", "b"]
    assert [p.raw() for p in pages] == [b"<p>ay</p>", b"<p>bee</p>"]
    assert pages[0].truth.title == "A" and pages[0].truth.body is None
    assert pages[1].truth.author == "Ann, Bo"
    assert [p.id for p in datasets.load_pages(tmp_path, "mini", limit=1)] == ["a"]


def test_a_failed_page_scores_as_an_empty_prediction() -> None:
    truth = datasets.Truth(title="T", date="2024-01-01", body="a b c d", author="X")
    page = datasets.Page("d", "p", None, Path("p.html"), truth)
    timed_out = worker.Outcome(None, 10.0, timed_out=True)
    score = scoring.score_page(page, timed_out, peers.ALL_FIELDS)
    assert score.body is not None and metrics.body_recall(score.body) == 0.0
    assert (score.title_exact, score.date, score.author, score.timed_out) == (
        False,
        False,
        False,
        True,
    )
    dates_only = scoring.score_page(page, timed_out, frozenset({peers.DATE}))
    assert (dates_only.body, dates_only.title_exact, dates_only.author) == (None, None, None)


def test_page_scores_round_trip_and_rank_worst_first(tmp_path: Path) -> None:
    perfect = metrics.match_body("a b c d", "a b c d")
    good = scoring.PageScore("good", 0.01, None, False, perfect, None, True, 1.0, None, None)
    empty = metrics.match_body("a b c d", "")
    bad = scoring.PageScore(
        "bad", 0.02, "ValueError: x", False, empty, None, False, 0.0, None, None
    )
    runner.write_page_scores(tmp_path, "d", "p", [good, bad])
    scores = runner.read_page_scores(tmp_path, "d", "p")
    assert scores == [good, bad]
    heading, row, hint = inspect.worst_lines("d", "p", scores, limit=1)
    assert "the 1 worst of 2 pages" in heading
    assert row.split()[0] == "bad" and "ValueError: x" in row and "title ✗" in row
    assert hint.endswith("inspect d ID --peer p")


def test_worker_kills_a_page_over_the_limit_and_recovers() -> None:
    lxml_peer = peers.PEERS["lxml"]  # lxml is a dependency of cleantext, always installed
    big_page = b"<p>word</p>" * BIG_PAGE_PARAGRAPHS  # parses in far more than the 1 ms poll floor
    with worker.Worker(lxml_peer, timeout=1e-9, warmup=None) as slow:
        outcome = slow.extract(big_page, None)
        assert outcome.timed_out and outcome.prediction is None
        slow.timeout = worker.STARTUP_TIMEOUT_S
        assert slow.extract(b"<p>x</p>", None).prediction == peers.Prediction()


# --- the harness end to end ------------------------------------------------------------------


def assert_rates_within_unit_interval(value: object) -> None:
    """Every score-like figure in the JSON is a rate in [0, 1]."""
    rate_keys = {"precision", "recall", "f1", "exact", "with_found", "without_absent",
                 "token_f1", "accuracy"}  # fmt: skip
    if isinstance(value, dict):
        for key, item in value.items():
            if key in rate_keys:
                assert isinstance(item, float) and 0.0 <= item <= 1.0, (key, item)
            assert_rates_within_unit_interval(item)


@needs_eval
def test_harness_runs_cleantext_on_a_few_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "benchmarks.md"
    argv = ["--datasets", *SMOKE_DATASETS, "--peers", "cleantext", "--limit", str(SMOKE_PAGES),
            "--out", str(out), "--pages-out", str(tmp_path / "pages")]  # fmt: skip
    assert run_cli(argv) == 0
    report = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert report["result"]["unavailable"] == {}
    assert report["result"]["start_failures"] == []
    assert set(report["result"]["datasets"]) == set(SMOKE_DATASETS)
    for name in SMOKE_DATASETS:
        dataset = report["result"]["datasets"][name]
        assert dataset["pages"] == SMOKE_PAGES
        figures = dataset["peers"]["cleantext"]
        cost = figures["cost"]
        assert cost["pages"] == SMOKE_PAGES and cost["timeouts"] == 0
        assert cost["median_ms"] > 0 and math.isfinite(cost["total_s"]) and cost["peak_rss_mb"] > 0
        assert_rates_within_unit_interval(figures)
        scored = tmp_path / "pages" / name / "cleantext.jsonl"
        assert len(scored.read_text("utf-8").splitlines()) == SMOKE_PAGES
    assert report["result"]["datasets"]["fundus"]["peers"]["cleantext"]["body"] is not None
    assert (
        report["result"]["datasets"]["trafilatura_eval"]["peers"]["cleantext"]["snippets"]
        is not None
    )
    assert "### fundus — 3 pages" in out.read_text("utf-8")
    assert "| cleantext |" in capsys.readouterr().out


@needs_eval
def test_inspect_renders_one_page() -> None:
    page = datasets.load_pages(EVAL_DIR, "fundus", limit=1)[0]
    predicted, blocks, seconds = inspect.extract(page, inspect.CLEANTEXT)
    text = inspect.render(page, inspect.CLEANTEXT, predicted, blocks, seconds,
                          max_runs=3, show_paths=False, disagreements=False)  # fmt: skip
    assert text.startswith(f"fundus/{page.id} · cleantext")
    assert "truth missing from the prediction" in text and "extra text in the prediction" in text
    assert f"blocks: {len(blocks)}" in text


def test_summary_compares_with_the_best_other_peer() -> None:
    from benchmarks.summary import summary_markdown

    def peer(
        f1: float | None, ratio: float | None = None, median_ms: float | None = None
    ) -> dict[str, object]:
        return {
            "body": None if f1 is None else {"f1": f1},
            "date": None,
            "cost": {"ratio_trafilatura": ratio, "median_ms": median_ms},
        }

    report = {
        "date": "2026-11-29",
        "machine": {"cpu": "CPU", "cores": 2},
        "result": {
            "datasets": {
                "news": {
                    "peers": {
                        "cleantext": peer(0.9, 0.25, 10.0),
                        "trafilatura": peer(0.85, 1.0, 25.0),
                        "readability": peer(0.95),
                        "lxml": peer(None),
                    }
                }
            }
        },
    }
    table = summary_markdown(report)
    header = "| dataset | body F1 | median time ÷ trafilatura | total time ÷ trafilatura |"
    assert header in table
    assert "| news | 0.900 (-0.050 vs readability) | 0.40 | 0.25 |" in table
    assert "date" not in table.split("\n")[0]


def test_the_block_flattener_puts_the_title_first_and_each_block_apart() -> None:
    page = (
        b"<html><head><title>The title</title><script>var x;</script></head><body>"
        b"<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><h1>The  headline</h1>"
        b"<p>First line<br>second line of the <b>paragraph</b>.</p><script>skip()</script>"
        b"<div>Footer</div></body></html>"
    )
    assert block_flatten(page) == (
        "The title\n\nHome News\n\nThe headline\n\nFirst line\nsecond line of the "
        "paragraph.\n\nFooter"
    )


def test_the_innertext_flattener_spaces_paragraphs_only() -> None:
    """Like a browser's innerText: a `<p>` between blank lines, nested `<div>`s one line break
    (not one each), a `<br>` a line break, no title."""
    page = (
        b"<html><head><title>The title</title></head><body>"
        b"<div><div><a href='/'>Home</a></div><div><div>News</div></div></div>"
        b"<h1>The headline</h1><div>By Jane Doe</div>"
        b"<p>First line<br>second line of the <b>paragraph</b>.</p><p>Next.</p>"
        b"<div>Footer</div></body></html>"
    )
    assert innertext_flatten(page) == (
        "Home\nNews\nThe headline\nBy Jane Doe\n\nFirst line\nsecond line of the "
        "paragraph.\n\nNext.\n\nFooter"
    )


def test_the_innertext_flattener_renders_the_texts_own_line_breaks_as_spaces() -> None:
    """A browser renders a line break in the markup's text as a space, but in `<pre>`; the
    block flattener, like `get_text`, keeps it."""
    page = b"<html><body><p>A sentence wrapped\nin the source.</p><pre>a = 1\nb = 2</pre></body>"
    assert innertext_flatten(page) == "A sentence wrapped in the source.\n\na = 1\nb = 2"
    assert block_flatten(page).startswith("A sentence wrapped\nin the source.")


def test_the_flattened_benchmark_skips_the_first_pages_for_a_held_out_run(tmp_path: Path) -> None:
    """`--skip N` measures the pages after the first N (sorted by id), those with a body truth."""
    folder = tmp_path / "set"
    (folder / datasets.PAGES_DIR).mkdir(parents=True)
    rows = [{"id": f"p{n}", "body": "Some text." if n != 3 else None} for n in range(6)]
    (folder / datasets.TRUTH_FILE).write_text("\n".join(json.dumps(row) for row in rows))
    for row in rows:
        (folder / datasets.PAGES_DIR / f"{row['id']}.html").write_text("<p>Some text.</p>")
    assert [page.id for page in select_pages(tmp_path, "set", 2)] == ["p0", "p1"]
    assert [page.id for page in select_pages(tmp_path, "set", 3, skip=2)] == ["p2", "p4"]
    assert select_pages(tmp_path, "set", 3, skip=6) == []


def test_held_out_pages_need_a_text_and_a_metadata_truth(tmp_path: Path) -> None:
    """`benchmarks.heldout` reads newspaper4k's test data layout; a page missing a truth file
    is left out, and the peers are scored on the rest (no download: the folder is given)."""
    from benchmarks.heldout import load, run

    for folder in ("html", "txt", "metadata"):
        (tmp_path / folder).mkdir()
    paragraph = (
        "The council closed the old bridge after the river rose again this week, and engineers"
        " will inspect its piers before the road reopens to traffic in the spring."
    )
    body = f"<h1>Bridge closed</h1><p>{paragraph}</p><p>{paragraph}</p>"
    html = f"<html><head><title>Bridge closed</title></head><body>{body}</body></html>"
    for name in ("kept", "no_text"):
        (tmp_path / "html" / f"{name}.html").write_text(html, encoding="utf-8")
        meta = {"url": "https://example.com/a", "title": "Bridge closed", "publish_date": None}
        (tmp_path / "metadata" / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "txt" / "kept.txt").write_text(f"{paragraph}\n\n{paragraph}", encoding="utf-8")
    pages = list(load(tmp_path))
    assert [page.id for page in pages] == ["kept"]
    assert run(pages, ["cleantext"], verbose=False) == [
        "| cleantext | 1 | 1.000 | 1.000 (1/1) | — | 0 |"
    ]
