"""Assemble the body: the content blocks' text, one blank line between blocks, nothing added."""

from __future__ import annotations

from collections.abc import Sequence

from .result import Block, Label


def assemble_body(blocks: Sequence[Block]) -> str:
    return "\n\n".join(block.text for block in blocks if block.label is Label.CONTENT)
