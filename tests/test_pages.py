"""Golden-file tests on realistic pages in tests/fixtures/pages/<slug>/.

`expected.json` is written by hand and never regenerated: headline, date, snippets the body
must and must not contain. `expected.txt` is a recorded snapshot of the body, rewritten with
`pytest --update-golden` and reviewed in the diff: it catches any change, good or bad.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cleantext import Extraction, extract

PAGES = Path(__file__).parent / "fixtures" / "pages"


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    source: bytes
    expected: dict[str, Any]


def _cases() -> list[Case]:
    cases = []
    for folder in sorted(path for path in PAGES.iterdir() if path.is_dir()):
        source = next(folder.glob("source.*"))
        expected = json.loads((folder / "expected.json").read_text("utf-8"))
        cases.append(Case(folder.name, folder, source.read_bytes(), expected))
    return cases


CASES = _cases()
_RESULTS: dict[str, Extraction] = {}


def _result(case: Case) -> Extraction:
    if case.name not in _RESULTS:
        _RESULTS[case.name] = extract(case.source, url=case.expected.get("url"))
    return _RESULTS[case.name]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_title(case: Case) -> None:
    assert _result(case).title == case.expected["title"], case.name


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_date(case: Case) -> None:
    result = _result(case)
    day = result.date[:10] if result.date else None
    assert day == case.expected["date"], case.name


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_body_contains(case: Case) -> None:
    body = _result(case).body
    missing = [snippet for snippet in case.expected["body_contains"] if snippet not in body]
    assert not missing, f"{case.name}: missing {missing}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_body_excludes(case: Case) -> None:
    body = _result(case).body
    present = [snippet for snippet in case.expected["body_excludes"] if snippet in body]
    assert not present, f"{case.name}: noise in body {present}"


@pytest.mark.parametrize("case", [c for c in CASES if "body" in c.expected], ids=lambda c: c.name)
def test_exact_body(case: Case) -> None:
    assert _result(case).body == case.expected["body"], case.name


@pytest.mark.parametrize(
    "case", [c for c in CASES if "body_max_chars" in c.expected], ids=lambda c: c.name
)
def test_listing_has_no_article(case: Case) -> None:
    assert len(_result(case).body) <= case.expected["body_max_chars"], case.name


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_snapshot(case: Case, request: pytest.FixtureRequest) -> None:
    body = _result(case).body + "\n"
    snapshot = case.folder / "expected.txt"
    if request.config.getoption("--update-golden"):
        snapshot.write_text(body, encoding="utf-8")
    assert snapshot.exists(), f"{case.name}: no snapshot; run pytest --update-golden and review"
    assert body == snapshot.read_text(encoding="utf-8"), case.name
