"""`python -m benchmarks.inspect DATASET [ID]`: what to fix, page by page.

With an ID: one page, truth against prediction: the metadata side by side, the body scores,
the truth text the prediction misses and the text it adds (as runs of words, from the same
shingle matching as the metric), snippet misses, and for cleantext every block with its
label, score, kind and reason. Without: the worst pages of the last `python -m benchmarks`
run for that dataset, to pick one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.datasets import MISSING_DATA, Page, default_data_dir, find_page
from benchmarks.metrics import (
    SHINGLE_SIZE,
    SnippetCounts,
    body_precision,
    body_recall,
    date_equal,
    harmonic_mean,
    label_equal,
    match_body,
    normalise_space,
    token_f1,
    tokenize,
    unmatched_spans,
)
from benchmarks.peers import (
    AUTHOR,
    BODY,
    DATE,
    PEERS,
    TITLE,
    Prediction,
    prediction_from_cleantext,
    prepare_input,
)
from benchmarks.runner import DEFAULT_PAGES_DIR, page_scores_path, read_page_scores
from benchmarks.scoring import PageScore
from benchmarks.worker import isolate

CLEANTEXT = "cleantext"
KEPT_LABEL = "content"
"""cleantext's body is the text of the blocks with this label."""
MS_PER_S = 1000
DEFAULT_MAX_RUNS = 25
DEFAULT_WORST = 20
ERROR_PREVIEW_CHARS = 60
RUN_HEAD_CHARS = 160
RUN_TAIL_CHARS = 80
PREVIEW_CHARS = 100
BLOCK_PREVIEW_CHARS = 100
PERCENT = 100
DISAGREE_PERCENT = 50
"""A block is truth text when at least this share of its words is in the truth body."""
ELLIPSIS = " … "
RIGHT, WRONG, UNSCORED = "✓", "✗", "·"
RULE = "─"
RULE_WIDTH = 78
NOTHING = "(none)"
USAGE_ERROR = 2


def heading(title: str) -> str:
    return f"\n{RULE * 2} {title} {RULE * max(0, RULE_WIDTH - len(title) - 4)}"


def clip(text: str, head: int, tail: int = 0) -> str:
    """One line, long text cut in the middle so both its start and its end stay visible."""
    flat = normalise_space(text)
    if len(flat) <= head + tail + len(ELLIPSIS):
        return flat
    return flat[:head] + (ELLIPSIS + flat[-tail:] if tail else ELLIPSIS.rstrip())


def extract(page: Page, peer_name: str) -> tuple[Prediction, tuple[Any, ...], float]:
    """Run one extractor in this process (no worker: a debugger can step into it)."""
    raw = page.raw()
    if peer_name == CLEANTEXT:
        from cleantext import extract as cleantext_extract

        start = time.perf_counter()
        result = cleantext_extract(raw, url=page.url)
        elapsed = time.perf_counter() - start
        return prediction_from_cleantext(result), tuple(result.blocks), elapsed
    peer = PEERS[peer_name]
    document = prepare_input(peer, raw)
    start = time.perf_counter()
    prediction = peer.extract(document, page.url)
    return prediction, (), time.perf_counter() - start


def field_lines(page: Page, predicted: Prediction, fields: frozenset[str]) -> list[str]:
    """Title, date and author: mark, truth, prediction."""
    truth = page.truth
    rows = [
        (TITLE, truth.title, predicted.title, label_equal),
        (DATE, truth.date, predicted.date, date_equal),
        (AUTHOR, truth.author, predicted.author, label_equal),
    ]
    lines = []
    for name, expected, got, same in rows:
        if name not in fields:
            continue
        mark = UNSCORED if expected is None else RIGHT if same(expected, got) else WRONG
        lines.append(f"{name:<7}{mark} truth:      {clip(expected or NOTHING, PREVIEW_CHARS)}")
        lines.append(f"{'':<9}prediction: {clip(got or NOTHING, PREVIEW_CHARS)}")
        if name == TITLE and expected is not None:
            lines.append(f"{'':<9}token F1 {token_f1(expected, got):.3f}")
    return lines


def run_lines(label: str, text: str, other: str, max_runs: int) -> list[str]:
    """Runs of words of `text` that `other` lacks, with where they start."""
    spans = unmatched_spans(text, other)
    total = len(tokenize(text))
    missing = sum(s.words for s in spans)
    lines = [heading(f"{label}: {len(spans)} runs, {missing} of {total} words")]
    for span in spans[:max_runs]:
        preview = clip(text[span.start : span.end], RUN_HEAD_CHARS, RUN_TAIL_CHARS)
        lines.append(f"  @{span.first:<6}{span.words:>5} w  {preview}")
    if len(spans) > max_runs:
        lines.append(f"  … {len(spans) - max_runs} more runs (--max-runs)")
    return lines


def body_lines(truth: str, predicted: str, max_runs: int) -> list[str]:
    match = match_body(truth, predicted)
    precision, recall = body_precision(match), body_recall(match)
    lines = [
        (
            f"body   P {precision:.3f}  R {recall:.3f}  F1 {harmonic_mean(precision, recall):.3f}"
            f"  exact {'yes' if match.exact else 'no'}"
            f"  (truth {len(tokenize(truth))} words, prediction {len(tokenize(predicted))} words)"
        )
    ]
    lines += run_lines("truth missing from the prediction", truth, predicted, max_runs)
    lines += run_lines("extra text in the prediction", predicted, truth, max_runs)
    return lines


def snippet_lines(page: Page, predicted: str) -> list[str]:
    """The `with` snippets not found and the `without` snippets found."""
    text = normalise_space(predicted)
    present, absent = page.truth.present, page.truth.absent
    missed = [s for s in present if normalise_space(s) not in text]
    leaked = [s for s in absent if normalise_space(s) in text]
    lines = [
        heading(
            f"snippets: with {len(present) - len(missed)}/{len(present)} found, "
            f"without {len(absent) - len(leaked)}/{len(absent)} absent"
        )
    ]
    lines += [f"  {WRONG} missing:  {s!r}" for s in missed]
    lines += [f"  {WRONG} present:  {s!r}" for s in leaked]
    return lines


def truth_share(text: str, truth: str | None) -> int | None:
    """Percentage of a block's words that belong to the truth body.

    None for a block shorter than a shingle: two words like "Jeffrey Epstein" are found in any
    article about him, so the share would say nothing.
    """
    words = len(tokenize(text))
    if truth is None or words < SHINGLE_SIZE:
        return None
    outside = sum(s.words for s in unmatched_spans(text, truth))
    return PERCENT * (words - outside) // words


def block_lines(
    blocks: Sequence[Any], truth: str | None, show_paths: bool, disagreements: bool
) -> list[str]:
    """Every block: what cleantext decided, why, and how much of it the truth keeps.

    `out` marks the blocks whose text makes the body; `!` flags a block kept although the
    truth mostly lacks it, or dropped although the truth mostly has it: the places to look.
    """
    lines = [
        heading(f"blocks: {len(blocks)}"),
        f"  {'#':>4}  {'label':<12}{'score':>7}  {'kind':<12}{'out':>4}{'truth':>6}    text",
    ]
    for index, block in enumerate(blocks):
        kept = block.label.value == KEPT_LABEL
        share = truth_share(block.text, truth)
        wrong = share is not None and kept != (share >= DISAGREE_PERCENT)
        if disagreements and not wrong:
            continue
        lines.append(
            f"  {index:>4}  {block.label.value:<12}{block.score:>7.2f}  {block.kind.value:<12}"
            f"{'in' if kept else UNSCORED:>4}{UNSCORED if share is None else f'{share}%':>6}"
            f" {'!' if wrong else ' '}  {clip(block.text, BLOCK_PREVIEW_CHARS)}"
        )
        if block.reason:
            lines.append(f"  {'':>4}  ↳ {block.reason}")
        if show_paths and getattr(block, "path", None):
            lines.append(f"  {'':>4}  ⌖ {block.path}")
    return lines


def render(
    page: Page, peer: str, predicted: Prediction, blocks: Sequence[Any], seconds: float,
    max_runs: int, show_paths: bool, disagreements: bool,
) -> str:  # fmt: skip
    fields = PEERS[peer].fields
    lines = [
        f"{page.dataset}/{page.id} · {peer} · {seconds * MS_PER_S:.1f} ms",
        f"url    {page.url or NOTHING}",
        f"file   {page.path}",
        "",
        *field_lines(page, predicted, fields),
    ]
    truth = page.truth
    if BODY in fields and truth.body is not None:
        lines += ["", *body_lines(truth.body, predicted.body, max_runs)]
    elif BODY in fields:
        lines += ["", f"body   (no truth) {len(tokenize(predicted.body))} words predicted"]
    if BODY in fields and (truth.present or truth.absent):
        lines += snippet_lines(page, predicted.body)
    if blocks:
        lines += block_lines(blocks, truth.body, show_paths, disagreements)
    return "\n".join(lines)


def snippets_right(counts: SnippetCounts) -> tuple[int, int]:
    """Snippets handled right (with found, without absent) out of all."""
    return counts.tp + counts.tn, counts.tp + counts.fp + counts.fn + counts.tn


def badness(score: PageScore) -> tuple[float, float, int]:
    """Sort key, worst page first: body F1, then share of snippets right, then fields wrong."""
    body = score.body
    f1 = 1.0 if body is None else harmonic_mean(body_precision(body), body_recall(body))
    right, total = snippets_right(score.snippets or SnippetCounts())
    wrong = sum(flag is False for flag in (score.title_exact, score.date, score.author))
    return f1, right / total if total else 1.0, -wrong


def worst_lines(dataset: str, peer: str, scores: Sequence[PageScore], limit: int) -> list[str]:
    """The pages a peer does worst on, one line each."""
    ranked = sorted(scores, key=badness)[:limit]
    width = max((len(s.id) for s in ranked), default=0)
    lines = [heading(f"{dataset} · {peer}: the {len(ranked)} worst of {len(scores)} pages")]
    for score in ranked:
        parts = [f"{score.id:<{width}}"]
        if score.body is not None:
            p, r = body_precision(score.body), body_recall(score.body)
            parts.append(f"F1 {harmonic_mean(p, r):.3f} (P {p:.2f} R {r:.2f})")
        if score.snippets is not None:
            right, total = snippets_right(score.snippets)
            parts.append(f"snippets {right}/{total}")
        flags = ((TITLE, score.title_exact), (DATE, score.date), (AUTHOR, score.author))
        parts += [f"{name} {RIGHT if flag else WRONG}" for name, flag in flags if flag is not None]
        parts.append(f"{score.seconds * MS_PER_S:.0f} ms")
        if score.timed_out:
            parts.append("timed out")
        if score.error:
            parts.append(clip(score.error, ERROR_PREVIEW_CHARS))
        lines.append("  " + "  ".join(parts))
    lines.append(f"\none page: python -m benchmarks.inspect {dataset} ID --peer {peer}")
    return lines


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.inspect", description=__doc__)
    parser.add_argument("dataset")
    parser.add_argument("id", nargs="?", help="page id; without it, list the worst pages")
    parser.add_argument("--peer", default=CLEANTEXT, choices=list(PEERS))
    parser.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="evaluation folder (default: %(default)s)",
    )
    parser.add_argument(
        "--max-runs",
        type=int,
        default=DEFAULT_MAX_RUNS,
        metavar="N",
        help="missing/extra runs shown per side (default: %(default)s)",
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=DEFAULT_WORST,
        metavar="N",
        help="without ID: how many pages to list (default: %(default)s)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=DEFAULT_PAGES_DIR,
        metavar="DIR",
        help="per-page scores of the last run (default: %(default)s)",
    )
    parser.add_argument("--paths", action="store_true", help="show each block's element path")
    parser.add_argument(
        "--disagreements",
        action="store_true",
        help="only the blocks where the output and the truth disagree",
    )
    return parser.parse_args(argv)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.id is None:
        path = page_scores_path(args.results, args.dataset, args.peer)
        if not path.is_file():
            print(f"no per-page scores at {path}: run `python -m benchmarks --datasets "
                  f"{args.dataset} --peers {args.peer}` first", file=sys.stderr)  # fmt: skip
            return USAGE_ERROR
        scores = read_page_scores(args.results, args.dataset, args.peer)
        print("\n".join(worst_lines(args.dataset, args.peer, scores, args.worst)))
        return 0
    if not args.data.is_dir():
        print(MISSING_DATA.format(path=args.data), file=sys.stderr)
        return USAGE_ERROR
    isolate()
    try:
        page = find_page(args.data, args.dataset, args.id)
    except (KeyError, FileNotFoundError) as exc:
        print(exc.args[0], file=sys.stderr)
        return USAGE_ERROR
    predicted, blocks, seconds = extract(page, args.peer)
    print(
        render(
            page, args.peer, predicted, blocks, seconds,
            args.max_runs, args.paths, args.disagreements,
        )
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
