"""Shared test configuration: the golden-file update switch and the hypothesis profile."""

from __future__ import annotations

import pytest
from hypothesis import settings

settings.register_profile("ci", deadline=None, max_examples=100)
settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/pages/*/expected.txt from the current output",
    )
