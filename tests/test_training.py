"""The training script runs against the library as it is: it imports the pipeline's stages
directly, so a renamed or re-shaped stage function breaks it without any other test noticing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from cleantext.heuristics.thresholds import Thresholds  # noqa: E402
from training import train_model  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
PAGES = ("blog-post", "docs-page", "forum-post", "list-heavy")


def _dataset(root: Path) -> Path:
    """A one-dataset evaluation folder made of golden fixtures: each page, its body snapshot as
    the truth."""
    pages = root / "tiny" / "pages"
    pages.mkdir(parents=True)
    rows = []
    for name in PAGES:
        shutil.copy(FIXTURES / name / "source.html", pages / f"{name}.html")
        body = (FIXTURES / name / "expected.txt").read_text("utf-8")
        rows.append({"id": name, "url": None, "body": body})
    (root / "tiny" / "truth.jsonl").write_text("\n".join(json.dumps(row) for row in rows), "utf-8")
    return root


def test_training_collects_labelled_blocks_and_fits_a_model(tmp_path: Path) -> None:
    data = _dataset(tmp_path)
    limits = Thresholds()
    samples = train_model.collect(data, ["tiny"], limits)
    assert [sample.dataset for sample in samples] == ["tiny"] * len(PAGES)
    labels = np.concatenate([sample.labels for sample in samples])
    assert labels.max() == 1.0 and labels.min() == 0.0  # body blocks and noise blocks
    model = train_model.train(samples, limits, "test")
    assert model.stage1.weights and model.stage2.weights
