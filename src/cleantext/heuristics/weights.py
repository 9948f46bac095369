"""Weights of the block scorer: score = sigmoid(BIAS + sum(WEIGHTS[f] * feature f)).

Hand-set for the first version from the observations in docs/algorithm.md: prose is long, full
of function words and sentence punctuation, and rarely linked; furniture is short and linked.
"""

from __future__ import annotations

BIAS = -4.0
WEIGHTS: dict[str, float] = {
    "log_chars": 0.7,
    # log(1 + characters): 20 chars -> 3.0, 100 -> 4.6, 400 -> 6.0 before weighting.
    "link_density": -4.0,
    "stopword_density": 5.0,
    "sentences": 0.4,
    "ends_with_punctuation": 0.5,
    "in_article": 1.0,
    "outside_region": -1.5,
    "kind_heading": 0.5,
    "kind_list_item": -0.3,
    "kind_code": 1.5,
    "kind_table": -0.3,
    "kind_caption": -0.5,
}
MAX_SENTENCES = 5
"""Sentence count is capped: beyond a few, more sentences say nothing new."""
