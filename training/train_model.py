"""Learn the block scorer (two logistic stages) from pages with ground truth.

    python -m training.train_model                 # train on every body dataset, write model.json
    python -m training.train_model --lodo          # also leave-one-dataset-out scores
    python -m training.train_model --datasets fundus dragnet --out /tmp/model.json

Labels come from aligning each block with the truth body: a block is content when most of
its 4-token shingles (or, for shorter blocks, its token sequence) occur in the truth. Samples
are weighted by their token count, because the body metric counts shingles. The fit is
deterministic (Newton's method with an L2 penalty), so the same corpus gives the same file.
Needs numpy: pip install -e ".[train]".
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.datasets import default_data_dir, load_pages
from benchmarks.metrics import match_body, summarise_body
from cleantext import ExtractOptions, extract
from cleantext.blocks import Node, tokenize, tokenize_text
from cleantext.classify import STAGE2_FEATURES, Scored, add_context, prepare
from cleantext.decode import decode
from cleantext.heuristics.model import BlockModel, LinearModel
from cleantext.heuristics.thresholds import Thresholds
from cleantext.language import detect, stopword_set
from cleantext.metadata import read_metadata
from cleantext.pageinfo import declared_kinds, declares_news
from cleantext.parse import looks_like_html, parse

BODY_DATASETS = ("cleaneval", "cleanportaleval", "dragnet", "mozilla_readability", "fundus", "wcxb")
MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "cleantext" / "heuristics" / "model.json"
TOKEN = re.compile(r"\w+")
SHINGLE = 4
CONTENT_SHARE = 0.5
"""A block is content when at least this share of its shingles is in the truth."""
MAX_WEIGHT_TOKENS = 200
"""Sample weight = token count, capped: one huge block should not outweigh a page. Blocks of
fewer than SHINGLE tokens are left out: "Quote" or "Report" occur somewhere in many truths,
so their labels are noise; the smoothing rules decide them."""
L2 = 1.0
NEWTON_STEPS = 30
THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)


@dataclass
class PageSample:
    dataset: str
    items: list[Scored]
    nodes: list[Node]
    labels: np.ndarray
    weights: np.ndarray


def _truth_grams(truth: str) -> tuple[set[tuple[str, ...]], list[set[tuple[str, ...]]]]:
    tokens = TOKEN.findall(truth)
    shingles = {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
    short = [
        {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}
        for size in range(SHINGLE)
    ]
    return shingles, short


def _label(text: str, shingles: set[tuple[str, ...]], short: list[set[tuple[str, ...]]]) -> float:
    tokens = TOKEN.findall(text)
    if not tokens:
        return 0.0
    if len(tokens) < SHINGLE:
        return 1.0 if tuple(tokens) in short[len(tokens)] else 0.0
    grams = [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
    found = sum(1 for gram in grams if gram in shingles)
    return 1.0 if found >= CONTENT_SHARE * len(grams) else 0.0


def collect(data: Path, datasets: Sequence[str], limits: Thresholds) -> list[PageSample]:
    """Blocks, stage-1 features, labels and weights of every page with a truth body."""
    samples = []
    for dataset in datasets:
        for page in load_pages(data, dataset):
            if not page.truth.body:
                continue
            decoded = decode(page.raw())
            thread = article = news = False
            if looks_like_html(decoded.text):
                root = parse(decoded.text)
                meta = read_metadata(root)
                tokens, lang = tokenize(root, limits), meta.lang
                (article, thread), news = declared_kinds(meta, root), declares_news(meta)
            else:
                tokens, lang = tokenize_text(decoded.text, limits), None
            language = detect((raw.words() for raw in tokens.blocks), lang)
            items = prepare(tokens, stopword_set(language), thread, article, news)
            shingles, short = _truth_grams(page.truth.body)
            labels = np.array([_label(i.raw.text, shingles, short) for i in items])
            weights = np.array(
                [min(max(len(i.raw.words()), 1), MAX_WEIGHT_TOKENS) for i in items], dtype=float
            )
            samples.append(PageSample(dataset, items, tokens.nodes, labels, weights))
        print(f"collected {dataset}", file=sys.stderr)
    return samples


def fit(rows: list[dict[str, float]], labels: np.ndarray, weights: np.ndarray) -> LinearModel:
    """Weighted L2-penalised logistic regression by Newton's method (deterministic)."""
    names = sorted({name for row in rows for name in row})
    matrix = np.zeros((len(rows), len(names) + 1))
    matrix[:, 0] = 1.0
    column = {name: index + 1 for index, name in enumerate(names)}
    for r, row in enumerate(rows):
        for name, value in row.items():
            matrix[r, column[name]] = value
    beta = np.zeros(matrix.shape[1])
    penalty = np.eye(matrix.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(matrix @ beta, -30, 30)))
        curvature = weights * p * (1 - p)
        hessian = matrix.T @ (matrix * curvature[:, None]) + penalty
        gradient = matrix.T @ (weights * (labels - p)) - penalty @ beta
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.max(np.abs(step)) < 1e-6:
            break
    return LinearModel(
        round(float(beta[0]), 4), {name: round(float(beta[column[name]]), 4) for name in names}
    )


def _trainable(
    samples: Sequence[PageSample],
) -> tuple[list[dict[str, float]], np.ndarray, np.ndarray]:
    rows, labels, weights = [], [], []
    for sample in samples:
        for item, label, weight in zip(sample.items, sample.labels, sample.weights, strict=True):
            if item.verdict is None and weight >= SHINGLE:
                rows.append(dict(item.features))
                labels.append(label)
                weights.append(weight)
    return rows, np.array(labels), np.array(weights)


def train(samples: Sequence[PageSample], limits: Thresholds, about: str) -> BlockModel:
    stage1_rows, labels, weights = _trainable(samples)
    stage1 = fit(stage1_rows, labels, weights)
    for sample in samples:
        add_context(sample.items, sample.nodes, stage1, limits)
    stage2_rows, labels, weights = _trainable(samples)
    stage2_rows = [{k: v for k, v in row.items() if k in STAGE2_FEATURES} for row in stage2_rows]
    stage2 = fit(stage2_rows, labels, weights)
    for sample in samples:  # leave the samples as collected: drop the context features
        for item in sample.items:
            for name in CONTEXT_FEATURES:
                item.features.pop(name, None)
    return BlockModel(stage1, stage2, 0.5, about)


CONTEXT_FEATURES = ("stage1_logit", "context_mean", "outside_region", "group_mean")


def body_f1(data: Path, datasets: Sequence[str], model: BlockModel) -> dict[str, float]:
    """Body F1 per dataset, with the full pipeline and this model."""
    options = ExtractOptions(model=model)
    scores = {}
    for dataset in datasets:
        matches = [
            match_body(page.truth.body, extract(page.raw(), url=page.url, options=options).body)
            for page in load_pages(data, dataset)
            if page.truth.body
        ]
        summary = summarise_body(matches)
        scores[dataset] = summary.f1 if summary else float("nan")
    return scores


def tune_threshold(data: Path, datasets: Sequence[str], model: BlockModel) -> BlockModel:
    """The content threshold with the best mean body F1 over the training datasets."""
    best = max(
        THRESHOLDS,
        key=lambda t: np.mean(
            list(body_f1(data, datasets, dataclasses.replace(model, threshold=t)).values())
        ),
    )
    return dataclasses.replace(model, threshold=best)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--datasets", nargs="+", default=list(BODY_DATASETS))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--lodo", action="store_true", help="also report leave-one-dataset-out")
    parser.add_argument("--tune", action="store_true", help="tune the threshold (slow)")
    args = parser.parse_args(argv)
    limits = Thresholds()
    samples = collect(args.data, args.datasets, limits)
    about = (
        f"trained {dt.date.today().isoformat()} on {', '.join(args.datasets)} "
        f"({len(samples)} pages) by training/train_model.py"
    )
    model = train(samples, limits, about)
    if args.tune:
        model = tune_threshold(args.data, args.datasets, model)
    args.out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (threshold {model.threshold})", file=sys.stderr)
    if args.lodo:
        in_sample = body_f1(args.data, args.datasets, model)
        print("| dataset | in-sample F1 | leave-one-dataset-out F1 |\n|---|---|---|")
        for held_out in args.datasets:
            rest = [s for s in samples if s.dataset != held_out]
            lodo = train(rest, limits, f"without {held_out}")
            lodo = dataclasses.replace(lodo, threshold=model.threshold)
            score = body_f1(args.data, [held_out], lodo)[held_out]
            print(f"| {held_out} | {in_sample[held_out]:.3f} | {score:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
