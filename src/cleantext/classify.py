"""The classifier: score every block, find the main-content region, smooth by neighbours, label.

Four passes, each a short function:
1. `resolve_noise`: the furniture verdicts of containers, dropped for a container that holds
   most of the page's prose (a mis-named wrapper, not a sidebar);
2. `score`: a context-free content score from the block's own features (heuristics.weights);
3. `find_region`: the smallest element holding most of the prose (Readability's idea); blocks
   outside it are re-scored with `outside_region`;
4. `smooth`: short and doubtful blocks take the verdict of their nearest confident neighbours,
   and headings followed by content are content (jusText's context pass).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .blocks import Node, RawBlock, Tokens
from .heuristics.phrases import SENTENCE_END_RE
from .heuristics.stopwords import StopWords
from .heuristics.thresholds import Thresholds
from .heuristics.weights import BIAS, MAX_SENTENCES, WEIGHTS
from .noise import Verdict
from .options import FAVOR_SHIFT, ExtractOptions
from .result import Block, BlockKind, Label

PROSE_MIN_SENTENCES = 2
"""A block with this many sentences and few links counts as prose when judging containers."""
NOISE_VOID_SHARE = 0.5
"""A furniture container holding at least this share of the page's prose is not furniture."""
MIN_GROUP_SIZE = 2
"""A list or table of one item is decided as a block."""
UNVOIDABLE = frozenset({Label.COMMENTS, Label.COOKIE})
"""Verdicts kept even over much prose: comment threads and consent walls can be long."""
FULL_EVIDENCE_WORDS = 8
"""Below this many words the stop-word share is damped: "He agreed." is not prose evidence."""
METADATA_LABELS = frozenset({Label.BYLINE, Label.DATELINE})
KIND_FEATURES = {
    BlockKind.HEADING: "kind_heading", BlockKind.LIST_ITEM: "kind_list_item",
    BlockKind.CODE: "kind_code", BlockKind.TABLE: "kind_table", BlockKind.CAPTION: "kind_caption",
}


@dataclass(slots=True)
class _Scored:
    raw: RawBlock
    features: dict[str, float]
    verdict: Verdict | None
    score: float = 0.0
    reason: str = ""


def classify(tokens: Tokens, options: ExtractOptions, stop: StopWords) -> list[Block]:
    """Label every block: content, metadata (byline, dateline) or a kind of noise."""
    limits = options.thresholds
    verdicts = resolve_noise(tokens.blocks)
    scored = [_Scored(raw, features(raw, stop), verdict)
              for raw, verdict in zip(tokens.blocks, verdicts)]
    for item in scored:
        item.score = score(item.features)
    region = find_region(scored, tokens.nodes, limits)
    if region is not None:
        for item in scored:
            node = item.raw.node
            if node is not None and not region.index <= node.index <= region.end:
                item.features["outside_region"] = 1.0
                item.score = score(item.features)
    threshold = min(max(limits.content_score + FAVOR_SHIFT[options.favor], 0.0), 1.0)
    smooth(scored, threshold, limits)
    smooth_groups(scored, threshold, limits)
    return [_label(item, threshold) for item in scored]


def resolve_noise(blocks: Sequence[RawBlock]) -> list[Verdict | None]:
    """Each block's verdict: its own text's, else its innermost furniture container's."""
    prose_total = 0
    prose_in: dict[int, int] = {}
    for raw in blocks:
        if _looks_like_prose(raw):
            prose_total += len(raw.text)
            for node, _ in raw.container_noise:
                prose_in[id(node)] = prose_in.get(id(node), 0) + len(raw.text)
    verdicts: list[Verdict | None] = []
    for raw in blocks:
        container = None
        for node, verdict in reversed(raw.container_noise):
            holds_prose = prose_in.get(id(node), 0) >= NOISE_VOID_SHARE * prose_total > 0
            if verdict.label in UNVOIDABLE or not holds_prose:
                container = verdict
                break
        own = raw.text_noise
        if own is not None and (own.label in METADATA_LABELS or container is None):
            verdicts.append(own)
        else:
            verdicts.append(container)
    return verdicts


def _looks_like_prose(raw: RawBlock) -> bool:
    return (raw.link_density < 1 / 2
            and len(SENTENCE_END_RE.findall(raw.text)) >= PROSE_MIN_SENTENCES)


def features(raw: RawBlock, stop: StopWords) -> dict[str, float]:
    """The block's own features, named as in heuristics.weights."""
    text = raw.text
    tokens = raw.words()
    hits = sum(map(stop.words.__contains__, tokens))
    found = {
        "log_chars": math.log1p(len(text)),
        "link_density": raw.link_density,
        "stopword_density": hits / len(tokens) * min(1.0, len(tokens) / FULL_EVIDENCE_WORDS)
        if tokens else 0.0,
        "sentences": float(min(len(SENTENCE_END_RE.findall(text)), MAX_SENTENCES)),
        "ends_with_punctuation": 1.0 if SENTENCE_END_RE.search(text[-3:]) else 0.0,
        "in_article": 1.0 if raw.in_article else 0.0,
    }
    kind = KIND_FEATURES.get(raw.kind)
    if kind:
        found[kind] = 1.0
    return found


def score(found: dict[str, float]) -> float:
    """Content likelihood in [0, 1] from the features (logistic of a weighted sum)."""
    total = BIAS + sum(WEIGHTS.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-total))


def find_region(scored: Sequence[_Scored], nodes: Sequence[Node], limits: Thresholds) -> Node | None:
    """The deepest element holding `region_min_share` of the page's content evidence."""
    if not nodes:
        return None
    for node in nodes:
        node.prose = 0.0
    for item in scored:
        node = item.raw.node
        if node is not None and item.verdict is None and item.score >= 1 / 2:
            node.prose += item.score * len(item.raw.text)
    for node in reversed(nodes):
        if node.parent is not None and node.parent.index >= 0:
            node.parent.prose += node.prose
    total = nodes[0].prose
    if total <= 0:
        return None
    region = nodes[0]
    for node in nodes:
        if node.prose >= limits.region_min_share * total and node.index > region.index:
            region = node
    return region


def smooth(scored: list[_Scored], threshold: float, limits: Thresholds) -> None:
    """Short or doubtful blocks borrow the verdict of their nearest confident neighbours."""
    confident = [item.verdict is None and _is_confident(item, threshold, limits)
                 for item in scored]
    for position, item in enumerate(scored):
        if item.verdict is not None or confident[position]:
            continue
        before = _neighbour(scored, confident, position, -1, limits.neighbour_reach)
        after = _neighbour(scored, confident, position, 1, limits.neighbour_reach)
        if item.raw.kind is BlockKind.HEADING:
            if after is not None and after.score >= threshold:
                item.score = max(item.score, threshold)
                item.reason = "heading before content"
            continue
        sides = [side.score >= threshold for side in (before, after) if side is not None]
        linked = item.raw.link_density > limits.max_link_density
        if sides and all(sides) and not linked:
            item.score = max(item.score, threshold)
            item.reason = "between content blocks"
        elif sides and not any(sides):
            item.score = min(item.score, threshold / 2)
            item.reason = "between boilerplate blocks"


def smooth_groups(scored: list[_Scored], threshold: float, limits: Thresholds) -> None:
    """Items of one list and cells of one table share a verdict when the group is content.

    A data table's cells and a list's items are short, so one by one they look like
    furniture; together, unlinked and between content (or mostly content already), they are
    part of the article. Groups with a long member are layout tables: left to the blocks.
    """
    members: dict[int, list[_Scored]] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for position, item in enumerate(scored):
        group = item.raw.group
        if group is None or item.verdict is not None:
            continue
        members.setdefault(id(group), []).append(item)
        first.setdefault(id(group), position)
        last[id(group)] = position
    confident = [item.verdict is None and _is_confident(item, threshold, limits)
                 and item.raw.group is None for item in scored]
    for key, items in members.items():
        chars = sum(len(item.raw.text) for item in items)
        if len(items) < MIN_GROUP_SIZE or any(len(i.raw.text) >= limits.long_chars for i in items):
            continue
        if sum(item.raw.link_chars for item in items) > limits.max_link_density * chars:
            continue
        content = sum(len(item.raw.text) for item in items if item.score >= threshold)
        before = _neighbour(scored, confident, first[key], -1, limits.neighbour_reach)
        after = _neighbour(scored, confident, last[key], 1, limits.neighbour_reach)
        sides = [side.score >= threshold for side in (before, after) if side is not None]
        if content >= chars / 2 or (sides and all(sides)):
            for item in items:
                if item.score < threshold:
                    item.score = threshold
                    item.reason = "item of a list or table that is content"


def _is_confident(item: _Scored, threshold: float, limits: Thresholds) -> bool:
    long_enough = len(item.raw.text) >= limits.short_chars
    return long_enough and abs(item.score - threshold) >= limits.doubt_margin


def _neighbour(scored: list[_Scored], confident: list[bool], position: int, step: int,
               reach: int) -> _Scored | None:
    index = position + step
    while 0 <= index < len(scored) and abs(index - position) <= reach:
        if confident[index]:
            return scored[index]
        index += step
    return None


def _label(item: _Scored, threshold: float) -> Block:
    raw = item.raw
    if item.verdict is not None:
        label, reason, value = item.verdict.label, item.verdict.reason, 0.0
    elif item.score >= threshold:
        label, reason, value = Label.CONTENT, item.reason or _explain(item), item.score
    else:
        label, reason, value = Label.BOILERPLATE, item.reason or _explain(item), item.score
    return Block(raw.text, raw.kind, label, value, reason, raw.level, raw.path())


def _explain(item: _Scored) -> str:
    found = item.features
    return (f"score {item.score:.2f}: {len(item.raw.text)} chars, link density "
            f"{found['link_density']:.2f}, stop words {found['stopword_density']:.2f}"
            + (", outside main region" if found.get("outside_region") else ""))
