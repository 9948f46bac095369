"""Lower layers never import higher ones (the table is in docs/architecture.md)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "cleantext"
LAYERS: list[set[str]] = [  # lowest first; a module may import only from rows above its own
    {"errors", "_text"},
    {"heuristics"},
    {"result", "options", "dateparse", "language"},
    {"decode", "parse", "markdown", "metadata"},
    {"noise"},
    {"blocks"},
    {"classify"},
    {"headline", "dates", "authors", "body", "pageinfo"},
    {"pipeline"},
    {"__init__"},
    {"batch"},
    {"cli"},
    {"__main__"},
]
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}


def _layer_name(dotted: list[str]) -> str:
    return dotted[1] if len(dotted) > 1 else "__init__"


def _is_module(dotted: list[str]) -> bool:
    """`from . import x`: x is a submodule, or else a name defined in the package itself."""
    location = PACKAGE.joinpath(*dotted[1:])
    return location.with_suffix(".py").exists() or location.is_dir()


def _imports(path: Path) -> Iterator[str]:
    package = ["cleantext", *path.relative_to(PACKAGE).parent.parts]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            targets = (
                [[*base, *node.module.split(".")]]
                if node.module
                else [
                    [*base, alias.name] if _is_module([*base, alias.name]) else base
                    for alias in node.names
                ]
            )
        else:
            continue
        yield from (_layer_name(target) for target in targets if target[0] == "cleantext")


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    importer = _layer_name(["cleantext", *path.relative_to(PACKAGE).with_suffix("").parts])
    for imported in set(_imports(path)) - {importer}:
        assert RANK[imported] < RANK[importer], f"{importer} imports higher layer {imported}"


def test_every_module_has_a_layer() -> None:
    names = {
        _layer_name(["cleantext", *p.relative_to(PACKAGE).with_suffix("").parts]) for p in MODULES
    }
    assert names <= set(RANK), names - set(RANK)
