"""Reading an evaluation folder: `<dataset>/truth.jsonl` plus `<dataset>/pages/<id>.html[.gz]`.

Pages stay where they are (they are never copied into the repo); any folder of that layout
works, so a new data set is added by dropping it next to the others.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TRUTH_FILE = "truth.jsonl"
PAGES_DIR = "pages"
PAGE_SUFFIXES = (".html.gz", ".html")
GZIP_SUFFIX = ".gz"
LIST_SEPARATOR = ", "


REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_SUBDIR = Path("shared") / "eval"
"""Where the evaluation corpus sits beside a checkout (`../shared/eval`), locally and in CI."""
GIT_FILE_PREFIX = "gitdir:"
"""A git worktree's `.git` is a file naming its git folder inside the main checkout's `.git`."""
MISSING_DATA = (
    "no evaluation folder at {path}: pass --data DIR, a folder of "
    f"<dataset>/{TRUTH_FILE} and <dataset>/{PAGES_DIR}/"
)


def default_data_dir(root: Path = REPO_ROOT) -> Path:
    """The evaluation folder: `shared/eval` beside the checkout `root`, or above it, or beside
    or above the main checkout when `root` is a git worktree (kept anywhere, e.g.
    `/work/wt/NAME` for `/work/main`). When none exists, `../shared/eval` of `root`, which the
    commands report with `MISSING_DATA`."""
    for base in (root, _main_checkout(root)):
        if base is None:
            continue
        for folder in base.parents:
            if (folder / DATA_SUBDIR).is_dir():
                return folder / DATA_SUBDIR
    return root.parent / DATA_SUBDIR


def _main_checkout(root: Path) -> Path | None:
    """The main checkout of the git worktree `root` (its `.git` file says `gitdir:
    MAIN/.git/worktrees/NAME`, and that folder's `commondir` leads to `MAIN/.git`); None when
    `root` is not a worktree."""
    dot_git = root / ".git"
    if not dot_git.is_file():
        return None
    first = dot_git.read_text("utf-8", "replace").partition("\n")[0]
    if not first.startswith(GIT_FILE_PREFIX):
        return None
    git_dir = (root / first[len(GIT_FILE_PREFIX) :].strip()).resolve()
    common = git_dir / "commondir"
    if common.is_file():
        git_dir = (git_dir / common.read_text("utf-8", "replace").strip()).resolve()
    return git_dir.parent


def _text(value: Any) -> str | None:
    """A truth field as text: a gold standard may give a list (several authors, say)."""
    if value is None:
        return None
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value) or None
    return str(value)


@dataclass(frozen=True)
class Truth:
    """Ground truth of one page; None (or no snippets) means the field is not scored."""

    title: str | None = None
    date: str | None = None
    body: str | None = None
    author: str | None = None
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Truth:
        """Keep the scored fields of a truth.jsonl object; dataset extras are ignored."""
        return cls(
            title=_text(row.get("title")),
            date=_text(row.get("date")),
            body=_text(row.get("body")),
            author=_text(row.get("author")),
            present=tuple(row.get("with") or ()),
            absent=tuple(row.get("without") or ()),
        )


@dataclass(frozen=True)
class Page:
    """One evaluation page: where its bytes are and what it should yield."""

    dataset: str
    id: str
    url: str | None
    path: Path
    truth: Truth = field(repr=False)

    def raw(self) -> bytes:
        """The page's bytes as served (decompressed when stored gzipped)."""
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.path.name.endswith(GZIP_SUFFIX) else data


def list_datasets(data_dir: Path) -> list[str]:
    """Every sub-folder holding a truth file, sorted by name."""
    return sorted(p.parent.name for p in data_dir.glob(f"*/{TRUTH_FILE}"))


def find_page_file(pages_dir: Path, page_id: str) -> Path | None:
    """The page's file, gzipped or plain; None when it is missing."""
    for suffix in PAGE_SUFFIXES:
        candidate = pages_dir / f"{page_id}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def load_pages(data_dir: Path, dataset: str, limit: int | None = None) -> list[Page]:
    """Pages of a dataset sorted by id, the first `limit` of them, so runs are reproducible.

    A truth row whose page file is missing is skipped with a warning on stderr rather than
    failing the whole run.
    """
    folder = data_dir / dataset
    truth_path = folder / TRUTH_FILE
    if not truth_path.is_file():
        raise FileNotFoundError(f"no {TRUTH_FILE} in {folder}")
    # split on "\n" only: str.splitlines() would also cut at U+2028 inside JSON strings
    lines = truth_path.read_text("utf-8").split("\n")
    rows = [json.loads(line) for line in lines if line.strip()]
    rows.sort(key=lambda row: str(row["id"]))
    pages: list[Page] = []
    for row in rows:
        if limit is not None and len(pages) >= limit:
            break
        page_id = str(row["id"])
        path = find_page_file(folder / PAGES_DIR, page_id)
        if path is None:
            print(f"warning: {dataset}/{page_id}: no page file, skipped", file=sys.stderr)
            continue
        pages.append(Page(dataset, page_id, row.get("url"), path, Truth.from_row(row)))
    return pages


def find_page(data_dir: Path, dataset: str, page_id: str) -> Page:
    """One page by id, for inspecting it."""
    for page in load_pages(data_dir, dataset):
        if page.id == page_id:
            return page
    raise KeyError(f"{dataset}/{page_id}: no such page in {data_dir}")
