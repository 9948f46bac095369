"""The stages that pass over every element or block compare kinds and labels with module names
bound once (`HEADING = BlockKind.HEADING`), not members read off their class inside a function:
on CPython 3.11 such a read runs through `EnumType.__getattr__`'s attribute hook, about 900
instructions against 30 for a global (docs/architecture.md, "Where the time goes")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "cleantext"
PER_BLOCK_MODULES = ("blocks", "classify", "headline", "dates", "authors", "body", "pipeline")
ENUMS = frozenset({"BlockKind", "Label"})


def _member_reads(path: Path) -> list[str]:
    """`Class.MEMBER` reads of the enums inside the module's functions, as `line: text`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(
        {
            f"{node.lineno}: {node.value.id}.{node.attr}"
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            for node in ast.walk(function)
            if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ENUMS
        }
    )


@pytest.mark.parametrize("module", PER_BLOCK_MODULES)
def test_functions_read_members_through_module_names(module: str) -> None:
    assert _member_reads(PACKAGE / f"{module}.py") == []


def test_the_check_sees_a_member_read(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text("def f(block):\n    return block.label is Label.CONTENT\n", encoding="utf-8")
    assert _member_reads(source) == ["2: Label.CONTENT"]
